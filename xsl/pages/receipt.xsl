<?xml version="1.0" encoding="UTF-8"?>
<!--
  The acknowledgement of a confirmed request ("Accusé de réception", page id
  "receipt", menu "demandes"):
  <content><request ticket ticket-display communication status="annexes|sent|.."
  [received received-fr office] ..><employer bce><name/><street/><postcode/>
  <city/><onss/>..</employer><worker ../></request><sentences><sentence/>..
  </sentences><documents><document code/>..</documents></content>.
  The same content exists as a PDF (/demandes/<ticket>/accuse.pdf).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:t="urn:x-breakatwork:i18n" exclude-result-prefixes="t">

  <xsl:template match="page[@id='receipt']" mode="title">
    <xsl:value-of select="concat(t:msg('receipt.title'), ' ', content/request/@ticket-display)"/>
  </xsl:template>

  <xsl:template match="page[@id='receipt']" mode="menu">demandes</xsl:template>

  <xsl:template match="page[@id='receipt']" mode="main">
    <xsl:variable name="r" select="content/request"/>
    <h1><xsl:value-of select="t:msg('receipt.title')"/></h1>

    <h2><xsl:value-of select="t:msg('receipt.employer.title')"/></h2>
    <dl class="summary">
      <div>
        <dt><xsl:value-of select="t:msg('receipt.employer.name')"/></dt>
        <dd><xsl:value-of select="$r/employer/name"/></dd>
      </div>
      <div>
        <dt><xsl:value-of select="t:msg('receipt.employer.address')"/></dt>
        <dd><xsl:value-of select="concat($r/employer/street, ', ', $r/employer/postcode, ' ', $r/employer/city)"/></dd>
      </div>
      <div>
        <dt><xsl:value-of select="t:msg('receipt.employer.onss')"/></dt>
        <dd><xsl:value-of select="$r/employer/onss"/></dd>
      </div>
    </dl>

    <p><xsl:value-of select="t:msg('receipt.ticket.text')"/></p>
    <p class="reference reference-large"><xsl:value-of select="$r/@ticket-display"/></p>
    <p><xsl:value-of select="t:msg('receipt.ticket.mention')"/></p>
    <p>
      <xsl:value-of select="t:msg('receipt.communication')"/>
      <xsl:text> </xsl:text>
      <span class="reference"><xsl:value-of select="$r/@communication"/></span>
    </p>

    <xsl:choose>
      <xsl:when test="$r/@status = 'annexes'">
        <div class="notice-box" role="region" aria-labelledby="receipt-incomplete">
          <p id="receipt-incomplete"><strong><xsl:value-of select="t:msg('receipt.incomplete')"/></strong></p>
          <p><xsl:value-of select="t:msg('receipt.documents')"/></p>
          <ul class="list">
            <xsl:for-each select="content/documents/document">
              <li><xsl:value-of select="t:msg(concat('document.', @code))"/></li>
            </xsl:for-each>
          </ul>
          <p><a class="button" href="/pieces/{$r/@ticket}"><xsl:value-of select="t:msg('receipt.upload')"/></a></p>
          <p><xsl:value-of select="t:msg('receipt.employer.help')"/></p>
        </div>
      </xsl:when>
      <xsl:when test="$r/@status = 'sent'">
        <div class="panel panel-success" role="region" aria-labelledby="receipt-sent">
          <p id="receipt-sent" class="panel-title">
            <xsl:call-template name="msg-format">
              <xsl:with-param name="key" select="'receipt.sent'"/>
              <xsl:with-param name="a1" select="$r/@received-fr"/>
            </xsl:call-template>
          </p>
          <xsl:if test="$r/@office">
            <p>
              <xsl:value-of select="t:msg('receipt.office')"/>
              <xsl:text> </xsl:text>
              <strong><xsl:value-of select="t:msg(concat('office.', $r/@office))"/></strong>
            </p>
          </xsl:if>
        </div>
      </xsl:when>
      <xsl:otherwise>
        <p>
          <xsl:value-of select="t:msg('receipt.status')"/>
          <xsl:text> </xsl:text>
          <strong><xsl:value-of select="t:msg(concat('leave.status.', $r/@status))"/></strong>
        </p>
      </xsl:otherwise>
    </xsl:choose>

    <h2><xsl:value-of select="t:msg('receipt.worker.title')"/></h2>
    <xsl:for-each select="content/sentences/sentence">
      <p><xsl:value-of select="."/></p>
    </xsl:for-each>

    <ul class="links">
      <li>
        <a href="/demandes/{$r/@ticket}/accuse.pdf" download="accuse-{$r/@ticket}.pdf" type="application/pdf">
          <xsl:value-of select="t:msg('receipt.pdf')"/>
        </a>
      </li>
      <li><a href="/accueil"><xsl:value-of select="t:msg('receipt.home')"/></a></li>
    </ul>
  </xsl:template>
</xsl:stylesheet>
