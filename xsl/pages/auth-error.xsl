<?xml version="1.0" encoding="UTF-8"?>
<!--
  Why a login did not succeed (page id "auth-error"):
  <content><reason>expired|cancelled|failed|unavailable|no-niss</reason></content>.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:t="urn:x-breakatwork:i18n" exclude-result-prefixes="t">

  <xsl:template match="page[@id='auth-error']" mode="title">
    <xsl:value-of select="t:msg('autherr.title')"/>
  </xsl:template>

  <xsl:template match="page[@id='auth-error']" mode="main">
    <h1><xsl:value-of select="t:msg('autherr.title')"/></h1>
    <p class="auth-reason" data-reason="{content/reason}">
      <xsl:value-of select="t:msg(concat('autherr.', content/reason))"/>
    </p>
    <p><a class="button" href="/auth/login"><xsl:value-of select="t:msg('autherr.retry')"/></a></p>
    <p><a href="/contact-onem"><xsl:value-of select="t:msg('footer.contact')"/></a></p>
  </xsl:template>
</xsl:stylesheet>
