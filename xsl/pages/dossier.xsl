<?xml version="1.0" encoding="UTF-8"?>
<!--
  "Mon dossier", the seed's overview screen (page id "dossier", menu
  "dossier"): the worker's payment data (Compte, IBAN), then the requests of
  the last two years in two tables with the seed's ten columns:
  "Introductions" (not yet sent to the ONEM) and "Demandes" (sent, and how
  they ended).
  <content>
    [<account payment="account|cheque" [iban="BE68 5390 0754 7034"]/>]
    <introductions><requests><request ticket ticket-display status type motive
      regime start-fr end-fr bce employer [received-fr] [office]/>..</requests></introductions>
    <sent><requests>..</requests></sent>
  </content>
  The NISS and "Si ces données ne sont plus d'actualité, veuillez nous
  contacter." come from the layout's person block above the h1.
  Both tables scroll sideways in a focusable region and, below 40em, reflow:
  each row becomes a block whose cells carry their column's name
  (class table-reflow, td data-label, see breakatwork.css).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:t="urn:x-breakatwork:i18n" exclude-result-prefixes="t">

  <xsl:template match="page[@id='dossier']" mode="title">
    <xsl:value-of select="t:msg('menu.dossier')"/>
  </xsl:template>

  <xsl:template match="page[@id='dossier']" mode="menu">dossier</xsl:template>

  <xsl:template match="page[@id='dossier']" mode="main">
    <xsl:variable name="a" select="content/account"/>
    <h1><xsl:value-of select="t:msg('menu.dossier')"/></h1>
    <xsl:if test="$a">
      <dl class="summary">
        <div>
          <dt><xsl:value-of select="t:msg('pieces.account')"/></dt>
          <dd><xsl:value-of select="t:msg(concat('pieces.payment.', $a/@payment))"/></dd>
        </div>
        <xsl:if test="$a/@payment = 'account' and $a/@iban != ''">
          <div>
            <dt><xsl:value-of select="t:msg('pieces.iban')"/></dt>
            <dd class="nowrap"><xsl:value-of select="$a/@iban"/></dd>
          </div>
        </xsl:if>
      </dl>
    </xsl:if>
    <p><xsl:value-of select="t:msg('dossier.history')"/></p>
    <ul class="links">
      <li><a href="/paiements"><xsl:value-of select="t:msg('home.payments')"/></a></li>
      <li><a href="/droits"><xsl:value-of select="t:msg('home.rights')"/></a></li>
    </ul>

    <h2 id="dossier-intro-title"><xsl:value-of select="t:msg('dossier.intro.title')"/></h2>
    <xsl:call-template name="dossier-table">
      <xsl:with-param name="rows" select="content/introductions/requests/request"/>
      <xsl:with-param name="title" select="'dossier-intro-title'"/>
      <xsl:with-param name="caption" select="'dossier.intro.caption'"/>
      <xsl:with-param name="empty" select="'dossier.intro.empty'"/>
    </xsl:call-template>

    <h2 id="dossier-sent-title"><xsl:value-of select="t:msg('dossier.sent.title')"/></h2>
    <xsl:call-template name="dossier-table">
      <xsl:with-param name="rows" select="content/sent/requests/request"/>
      <xsl:with-param name="title" select="'dossier-sent-title'"/>
      <xsl:with-param name="caption" select="'dossier.sent.caption'"/>
      <xsl:with-param name="empty" select="'dossier.sent.empty'"/>
    </xsl:call-template>
  </xsl:template>

  <!--
    One table of requests with the seed's ten columns, or the $empty
    sentence. $title: the id of the h2 that names the scroll region.
  -->
  <xsl:template name="dossier-table">
    <xsl:param name="rows"/>
    <xsl:param name="title"/>
    <xsl:param name="caption"/>
    <xsl:param name="empty"/>
    <xsl:choose>
      <xsl:when test="$rows">
        <xsl:variable name="c-bce" select="t:msg('dossier.col.bce')"/>
        <xsl:variable name="c-company" select="t:msg('dossier.col.company')"/>
        <xsl:variable name="c-ticket" select="t:msg('requests.col.ticket')"/>
        <xsl:variable name="c-type" select="t:msg('dossier.col.type')"/>
        <xsl:variable name="c-regime" select="t:msg('dossier.col.regime')"/>
        <xsl:variable name="c-start" select="t:msg('dossier.col.start')"/>
        <xsl:variable name="c-end" select="t:msg('dossier.col.end')"/>
        <xsl:variable name="c-received" select="t:msg('dossier.col.received')"/>
        <xsl:variable name="c-status" select="t:msg('requests.col.status')"/>
        <xsl:variable name="c-office" select="t:msg('dossier.col.office')"/>
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="{$title}">
          <table class="data table-reflow">
            <caption><xsl:value-of select="t:msg($caption)"/></caption>
            <thead>
              <tr>
                <th scope="col"><xsl:value-of select="$c-bce"/></th>
                <th scope="col"><xsl:value-of select="$c-company"/></th>
                <th scope="col"><xsl:value-of select="$c-ticket"/></th>
                <th scope="col"><xsl:value-of select="$c-type"/></th>
                <th scope="col"><xsl:value-of select="$c-regime"/></th>
                <th scope="col"><xsl:value-of select="$c-start"/></th>
                <th scope="col"><xsl:value-of select="$c-end"/></th>
                <th scope="col"><xsl:value-of select="$c-received"/></th>
                <th scope="col"><xsl:value-of select="$c-status"/></th>
                <th scope="col"><xsl:value-of select="$c-office"/></th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="$rows">
                <tr>
                  <td class="nowrap" data-label="{$c-bce}"><xsl:value-of select="@bce"/></td>
                  <td data-label="{$c-company}"><xsl:value-of select="@employer"/></td>
                  <td class="nowrap" data-label="{$c-ticket}">
                    <a href="/dossier/{@ticket}"><xsl:value-of select="@ticket-display"/></a>
                  </td>
                  <td data-label="{$c-type}">
                    <xsl:value-of select="t:msg(concat('leave.short.', @type))"/>
                    <xsl:if test="@motive != ''">
                      <xsl:value-of select="concat(' (', t:msg(concat('leave.motive.', @motive)), ')')"/>
                    </xsl:if>
                  </td>
                  <td class="nowrap" data-label="{$c-regime}"><xsl:value-of select="@regime"/></td>
                  <td class="nowrap" data-label="{$c-start}"><xsl:value-of select="@start-fr"/></td>
                  <td class="nowrap" data-label="{$c-end}"><xsl:value-of select="@end-fr"/></td>
                  <td class="nowrap" data-label="{$c-received}">
                    <xsl:call-template name="dossier-cell">
                      <xsl:with-param name="text" select="string(@received-fr)"/>
                    </xsl:call-template>
                  </td>
                  <td data-label="{$c-status}"><xsl:value-of select="t:msg(concat('leave.status.', @status))"/></td>
                  <td data-label="{$c-office}">
                    <xsl:call-template name="dossier-cell">
                      <xsl:with-param name="text">
                        <xsl:if test="@office != ''"><xsl:value-of select="t:msg(concat('office.', @office))"/></xsl:if>
                      </xsl:with-param>
                    </xsl:call-template>
                  </td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </div>
      </xsl:when>
      <xsl:otherwise>
        <p><xsl:value-of select="t:msg($empty)"/></p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- $text, or a dash that screen readers read as "not yet available". -->
  <xsl:template name="dossier-cell">
    <xsl:param name="text"/>
    <xsl:choose>
      <xsl:when test="string($text) != ''"><xsl:value-of select="$text"/></xsl:when>
      <xsl:otherwise>
        <span aria-hidden="true">–</span>
        <span class="visually-hidden"><xsl:value-of select="t:msg('dossier.cell.none')"/></span>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
