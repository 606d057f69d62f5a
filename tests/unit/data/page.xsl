<?xml version="1.0" encoding="UTF-8"?>
<!-- A minimal stylesheet for the render unit test. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:t="urn:x-breakatwork:i18n" exclude-result-prefixes="t">
  <xsl:output method="html" encoding="UTF-8" doctype-system="about:legacy-compat" indent="no"/>
  <xsl:template match="/page">
    <html lang="{@lang}"><body>
      <h1><xsl:value-of select="t:msg('title')"/></h1>
      <p class="data"><xsl:value-of select="content/data"/></p>
      <a href="{content/link}">x</a>
      <p class="missing"><xsl:value-of select="t:msg('no.such.key')"/></p>
    </body></html>
  </xsl:template>
</xsl:stylesheet>
