<?xml version="1.0" encoding="UTF-8"?>
<!--
  "Consulter vos données de paiement" (page id "payments", menu "dossier"):
  <content><account payment iban? bic?/>?<payments><payment ticket
  ticket-display type regime month="02/2026" gross withholding net
  paid="05/03/2026"/>...</payments></content>; amounts in cents.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:t="urn:x-breakatwork:i18n" exclude-result-prefixes="t">

  <!-- Belgian amounts in French, Dutch and German: 1.234,56. -->
  <xsl:decimal-format name="comma" decimal-separator="," grouping-separator="."/>

  <xsl:template match="page[@id='payments']" mode="title">
    <xsl:value-of select="t:msg('payments.title')"/>
  </xsl:template>

  <xsl:template match="page[@id='payments']" mode="menu">dossier</xsl:template>

  <xsl:template match="page[@id='payments']" mode="main">
    <h1><xsl:value-of select="t:msg('payments.title')"/></h1>
    <dl class="summary">
      <div>
        <dt><xsl:value-of select="t:msg('pieces.account')"/></dt>
        <dd>
          <xsl:choose>
            <xsl:when test="content/account/@payment = 'cheque'"><xsl:value-of select="t:msg('pieces.payment.cheque')"/></xsl:when>
            <xsl:when test="content/account/@payment = 'account'"><xsl:value-of select="t:msg('pieces.payment.account')"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="t:msg('payments.account.unknown')"/></xsl:otherwise>
          </xsl:choose>
        </dd>
      </div>
      <xsl:if test="content/account/@iban">
        <div>
          <dt><xsl:value-of select="t:msg('pieces.iban')"/></dt>
          <dd class="nowrap"><xsl:value-of select="content/account/@iban"/></dd>
        </div>
      </xsl:if>
      <xsl:if test="content/account/@bic">
        <div>
          <dt><xsl:value-of select="t:msg('payments.bic')"/></dt>
          <dd><xsl:value-of select="content/account/@bic"/></dd>
        </div>
      </xsl:if>
    </dl>
    <p>
      <xsl:value-of select="t:msg('payments.change')"/>
      <xsl:text> </xsl:text>
      <a href="/contact-onem"><xsl:value-of select="t:msg('payments.change.link')"/></a>
    </p>
    <h2><xsl:value-of select="t:msg('payments.list.title')"/></h2>
    <xsl:choose>
      <xsl:when test="content/payments/payment">
        <div class="table-scroll">
          <table class="data table-reflow">
            <caption><xsl:value-of select="t:msg('payments.caption')"/></caption>
            <thead>
              <tr>
                <th scope="col"><xsl:value-of select="t:msg('requests.col.ticket')"/></th>
                <th scope="col"><xsl:value-of select="t:msg('payments.col.month')"/></th>
                <th scope="col"><xsl:value-of select="t:msg('payments.col.gross')"/></th>
                <th scope="col"><xsl:value-of select="t:msg('payments.col.withholding')"/></th>
                <th scope="col"><xsl:value-of select="t:msg('payments.col.net')"/></th>
                <th scope="col"><xsl:value-of select="t:msg('payments.col.paid')"/></th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="content/payments/payment">
                <tr>
                  <td data-label="{t:msg('requests.col.ticket')}" class="nowrap">
                    <a href="/dossier/{@ticket}"><xsl:value-of select="@ticket-display"/></a>
                  </td>
                  <td data-label="{t:msg('payments.col.month')}"><xsl:value-of select="@month"/></td>
                  <xsl:call-template name="payments-amount">
                    <xsl:with-param name="label" select="t:msg('payments.col.gross')"/>
                    <xsl:with-param name="cents" select="@gross"/>
                  </xsl:call-template>
                  <xsl:call-template name="payments-amount">
                    <xsl:with-param name="label" select="t:msg('payments.col.withholding')"/>
                    <xsl:with-param name="cents" select="@withholding"/>
                  </xsl:call-template>
                  <xsl:call-template name="payments-amount">
                    <xsl:with-param name="label" select="t:msg('payments.col.net')"/>
                    <xsl:with-param name="cents" select="@net"/>
                  </xsl:call-template>
                  <td data-label="{t:msg('payments.col.paid')}"><xsl:value-of select="@paid"/></td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </div>
      </xsl:when>
      <xsl:otherwise>
        <p><xsl:value-of select="t:msg('payments.none')"/></p>
      </xsl:otherwise>
    </xsl:choose>
    <p><a href="/dossier"><xsl:value-of select="t:msg('dossier.back')"/></a></p>
  </xsl:template>

  <!-- An amount in euros, written the reader's way. -->
  <xsl:template name="payments-amount">
    <xsl:param name="label"/>
    <xsl:param name="cents"/>
    <td data-label="{$label}" class="nowrap">
      <xsl:choose>
        <xsl:when test="/page/@lang = 'en'">
          <xsl:value-of select="concat('€', format-number($cents div 100, '#,##0.00'))"/>
        </xsl:when>
        <xsl:when test="/page/@lang = 'nl'">
          <xsl:value-of select="concat('€ ', format-number($cents div 100, '#.##0,00', 'comma'))"/>
        </xsl:when>
        <xsl:otherwise>
          <xsl:value-of select="concat(format-number($cents div 100, '#.##0,00', 'comma'), ' €')"/>
        </xsl:otherwise>
      </xsl:choose>
    </td>
  </xsl:template>
</xsl:stylesheet>
