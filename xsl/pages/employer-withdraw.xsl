<?xml version="1.0" encoding="UTF-8"?>
<!--
  Confirmation before the employer withdraws a request the worker has not
  completed (page id "employer-withdraw", no menu item). Same XML as
  employer-request, without the history. POST .../retirer withdraws it.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:t="urn:x-breakatwork:i18n" exclude-result-prefixes="t">

  <xsl:template match="page[@id='employer-withdraw']" mode="title">
    <xsl:call-template name="msg-format">
      <xsl:with-param name="key" select="'employer.withdraw.title'"/>
      <xsl:with-param name="a1" select="content/request/@ticket-display"/>
    </xsl:call-template>
  </xsl:template>

  <xsl:template match="page[@id='employer-withdraw']" mode="main">
    <xsl:variable name="r" select="content/request"/>
    <h1>
      <xsl:call-template name="msg-format">
        <xsl:with-param name="key" select="'employer.withdraw.title'"/>
        <xsl:with-param name="a1" select="$r/@ticket-display"/>
      </xsl:call-template>
    </h1>
    <p class="warning-text"><strong><xsl:value-of select="t:msg('employer.withdraw.text')"/></strong></p>
    <xsl:call-template name="employer-request-summary"/>
    <form method="post" action="/employeur/demandes/{$r/@ticket}/retirer" novalidate="novalidate">
      <xsl:call-template name="form-csrf"/>
      <div class="actions">
        <button type="submit" class="button button-warning"><xsl:value-of select="t:msg('employer.request.withdraw')"/></button>
        <xsl:text> </xsl:text>
        <a class="button button-secondary" href="/employeur/demandes/{$r/@ticket}"><xsl:value-of select="t:msg('employer.withdraw.cancel')"/></a>
      </div>
    </form>
  </xsl:template>
</xsl:stylesheet>
