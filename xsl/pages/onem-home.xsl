<?xml version="1.0" encoding="UTF-8"?>
<!-- The ONEM agent's home (page id "onem-home"): <content><agent/><office/></content>. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:t="urn:x-breakatwork:i18n" exclude-result-prefixes="t">

  <xsl:template match="page[@id='onem-home']" mode="title">
    <xsl:value-of select="t:msg('onemhome.title')"/>
  </xsl:template>

  <xsl:template match="page[@id='onem-home']" mode="main">
    <h1><xsl:value-of select="t:msg('onemhome.title')"/></h1>
    <dl class="summary">
      <div><dt><xsl:value-of select="t:msg('onemlogin.uid')"/></dt><dd><xsl:value-of select="content/agent"/></dd></div>
      <div><dt><xsl:value-of select="t:msg('onemhome.office')"/></dt><dd><xsl:value-of select="content/office"/></dd></div>
    </dl>
  </xsl:template>
</xsl:stylesheet>
