<?xml version="1.0" encoding="UTF-8"?>
<!--
  The error page (page id "error", <content><error status="NNN"/></content>):
  per status a title, what happened and what to do next, then links back to
  the start page and to the ONEM's contacts. Server errors also show the
  request id so the helpdesk can find the log lines.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:t="urn:x-breakatwork:i18n" exclude-result-prefixes="t">

  <!-- The status whose texts to show; one the catalogues do not cover reads as 500. -->
  <xsl:variable name="error-status">
    <xsl:variable name="s" select="/page/content/error/@status"/>
    <xsl:choose>
      <xsl:when test="contains(' 400 403 404 405 409 413 422 500 503 ', concat(' ', $s, ' '))">
        <xsl:value-of select="$s"/>
      </xsl:when>
      <xsl:otherwise>500</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <xsl:template match="page[@id='error']" mode="title">
    <xsl:value-of select="t:msg(concat('error.', $error-status, '.title'))"/>
  </xsl:template>

  <xsl:template match="page[@id='error']" mode="main">
    <h1><xsl:value-of select="t:msg(concat('error.', $error-status, '.title'))"/></h1>
    <p><xsl:value-of select="t:msg(concat('error.', $error-status, '.text'))"/></p>
    <p><xsl:value-of select="t:msg(concat('error.', $error-status, '.next'))"/></p>
    <xsl:if test="starts-with($error-status, '5') and meta/request-id != '-'">
      <p>
        <xsl:value-of select="t:msg('error.reference')"/>
        <xsl:text> </xsl:text>
        <code class="reference"><xsl:value-of select="meta/request-id"/></code>
      </p>
    </xsl:if>
    <ul class="links">
      <li><a href="/"><xsl:value-of select="t:msg('error.home')"/></a></li>
      <li><a href="/contact-onem"><xsl:value-of select="t:msg('error.contact')"/></a></li>
    </ul>
  </xsl:template>
</xsl:stylesheet>
