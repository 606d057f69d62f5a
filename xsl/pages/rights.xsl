<?xml version="1.0" encoding="UTF-8"?>
<!--
  The remaining rights (page id "rights", menu "dossier"):
  <content><balances><balance type motive? concerned? regimes="1/2 1/5"
  unit="months|days" used remaining max/>...</balances></content>,
  one per maximum of the law the worker's requests count against.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:t="urn:x-breakatwork:i18n" exclude-result-prefixes="t">

  <xsl:template match="page[@id='rights']" mode="title">
    <xsl:value-of select="t:msg('rights.title')"/>
  </xsl:template>

  <xsl:template match="page[@id='rights']" mode="menu">dossier</xsl:template>

  <xsl:template match="page[@id='rights']" mode="main">
    <h1><xsl:value-of select="t:msg('rights.title')"/></h1>
    <p><xsl:value-of select="t:msg('rights.intro')"/></p>
    <xsl:call-template name="rights-table">
      <xsl:with-param name="balances" select="content/balances/balance"/>
    </xsl:call-template>
    <h2><xsl:value-of select="t:msg('rights.rules.title')"/></h2>
    <ul class="list">
      <li><xsl:value-of select="t:msg('rights.rule.parental')"/></li>
      <li><xsl:value-of select="t:msg('rights.rule.medical')"/></li>
      <li><xsl:value-of select="t:msg('rights.rule.palliative')"/></li>
      <li><xsl:value-of select="t:msg('rights.rule.caregiver')"/></li>
      <li><xsl:value-of select="t:msg('rights.rule.time-credit')"/></li>
      <li><xsl:value-of select="t:msg('rights.rule.public')"/></li>
    </ul>
    <p><xsl:value-of select="t:msg('rights.note')"/></p>
    <p><a href="/dossier"><xsl:value-of select="t:msg('dossier.back')"/></a></p>
  </xsl:template>

  <!--
    The balances as a table (here and on an attestation of remaining
    rights): <balance type motive? concerned? regimes unit used remaining max
    used-days? remaining-days?/>.
  -->
  <xsl:template name="rights-table">
    <xsl:param name="balances"/>
    <xsl:choose>
      <xsl:when test="$balances">
        <div class="table-scroll">
          <table class="data table-reflow">
            <caption><xsl:value-of select="t:msg('rights.caption')"/></caption>
            <thead>
              <tr>
                <th scope="col"><xsl:value-of select="t:msg('rights.col.type')"/></th>
                <th scope="col"><xsl:value-of select="t:msg('rights.col.concerned')"/></th>
                <th scope="col"><xsl:value-of select="t:msg('rights.col.regimes')"/></th>
                <th scope="col"><xsl:value-of select="t:msg('rights.col.used')"/></th>
                <th scope="col"><xsl:value-of select="t:msg('rights.col.remaining')"/></th>
                <th scope="col"><xsl:value-of select="t:msg('rights.col.max')"/></th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="$balances">
                <tr>
                  <td data-label="{t:msg('rights.col.type')}">
                    <xsl:value-of select="t:msg(concat('leave.type.', @type))"/>
                    <xsl:if test="@motive">
                      <xsl:value-of select="concat(' (', t:msg(concat('leave.motive.', @motive)), ')')"/>
                    </xsl:if>
                  </td>
                  <td data-label="{t:msg('rights.col.concerned')}">
                    <xsl:choose>
                      <xsl:when test="@concerned"><xsl:value-of select="@concerned"/></xsl:when>
                      <xsl:otherwise><xsl:value-of select="t:msg('rights.career')"/></xsl:otherwise>
                    </xsl:choose>
                  </td>
                  <td data-label="{t:msg('rights.col.regimes')}"><xsl:value-of select="@regimes"/></td>
                  <xsl:call-template name="rights-figure">
                    <xsl:with-param name="label" select="t:msg('rights.col.used')"/>
                    <xsl:with-param name="n" select="@used"/>
                    <xsl:with-param name="days" select="@used-days"/>
                  </xsl:call-template>
                  <xsl:call-template name="rights-figure">
                    <xsl:with-param name="label" select="t:msg('rights.col.remaining')"/>
                    <xsl:with-param name="n" select="@remaining"/>
                    <xsl:with-param name="days" select="@remaining-days"/>
                  </xsl:call-template>
                  <xsl:call-template name="rights-figure">
                    <xsl:with-param name="label" select="t:msg('rights.col.max')"/>
                    <xsl:with-param name="n" select="@max"/>
                  </xsl:call-template>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </div>
      </xsl:when>
      <xsl:otherwise>
        <p><xsl:value-of select="t:msg('rights.empty')"/></p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A number of months (or days) with its unit, and the days beyond the months if any. -->
  <xsl:template name="rights-figure">
    <xsl:param name="label"/>
    <xsl:param name="n"/>
    <xsl:param name="days" select="0"/>
    <td class="nowrap" data-label="{$label}">
      <xsl:call-template name="msg-format">
        <xsl:with-param name="key">
          <xsl:choose>
            <xsl:when test="$days &gt; 0">rights.unit.months-days</xsl:when>
            <xsl:otherwise><xsl:value-of select="concat('rights.unit.', @unit)"/></xsl:otherwise>
          </xsl:choose>
        </xsl:with-param>
        <xsl:with-param name="a1" select="$n"/>
        <xsl:with-param name="a2" select="$days"/>
      </xsl:call-template>
    </td>
  </xsl:template>
</xsl:stylesheet>
