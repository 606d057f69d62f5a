<?xml version="1.0" encoding="UTF-8"?>
<!--
  The ONEM agents' sign-in form (page id "onem-login"):
  <content><uid>..</uid>[<error>missing|wrong|locked|unavailable</error>]</content>.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:t="urn:x-breakatwork:i18n" exclude-result-prefixes="t">

  <xsl:template match="page[@id='onem-login']" mode="title">
    <xsl:if test="content/error">
      <xsl:value-of select="concat(t:msg('onemlogin.error.title'), ': ')"/>
    </xsl:if>
    <xsl:value-of select="t:msg('onemlogin.title')"/>
  </xsl:template>

  <xsl:template match="page[@id='onem-login']" mode="main">
    <h1><xsl:value-of select="t:msg('onemlogin.title')"/></h1>
    <xsl:if test="content/error">
      <div class="error-summary" role="alert" tabindex="-1">
        <h2><xsl:value-of select="t:msg('onemlogin.error.title')"/></h2>
        <p><a href="#uid"><xsl:value-of select="t:msg(concat('onemlogin.error.', content/error))"/></a></p>
      </div>
    </xsl:if>
    <p><xsl:value-of select="t:msg('onemlogin.intro')"/></p>
    <form method="post" action="/onem/login" novalidate="novalidate">
      <input type="hidden" name="csrf" value="{meta/csrf}"/>
      <div class="field">
        <label for="uid"><xsl:value-of select="t:msg('onemlogin.uid')"/></label>
        <input type="text" id="uid" name="uid" value="{content/uid}" autocomplete="username"
            spellcheck="false" autocapitalize="none" maxlength="64"/>
      </div>
      <div class="field">
        <label for="password"><xsl:value-of select="t:msg('onemlogin.password')"/></label>
        <input type="password" id="password" name="password" autocomplete="current-password"/>
      </div>
      <button type="submit" class="button"><xsl:value-of select="t:msg('onemlogin.submit')"/></button>
    </form>
  </xsl:template>
</xsl:stylesheet>
