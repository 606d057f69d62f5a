<?xml version="1.0" encoding="UTF-8"?>
<!--
  The public check of an attestation (page id "verify", no menu item):
  <content><form><v name="code"/>[<error field="code"/>]</form>
  [<attestation code-display kind issued span-start? span-end? initials>
  <periods>..</periods></attestation>]</content>.
  GET /verification?code=...: a GET form, it changes nothing.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:t="urn:x-breakatwork:i18n" exclude-result-prefixes="t">

  <xsl:template match="page[@id='verify']" mode="title">
    <xsl:call-template name="form-title-prefix"/>
    <xsl:value-of select="t:msg('verify.title')"/>
  </xsl:template>

  <xsl:template match="page[@id='verify']" mode="menu"/>

  <xsl:template match="page[@id='verify']" mode="main">
    <xsl:variable name="a" select="content/attestation"/>
    <xsl:call-template name="form-summary"/>
    <h1><xsl:value-of select="t:msg('verify.title')"/></h1>
    <xsl:if test="$a">
      <div class="panel panel-success" role="alert">
        <h2><xsl:value-of select="t:msg('verify.ok.title')"/></h2>
        <p>
          <xsl:call-template name="msg-format">
            <xsl:with-param name="key" select="'verify.ok'"/>
            <xsl:with-param name="a1" select="$a/@issued"/>
          </xsl:call-template>
        </p>
      </div>
      <xsl:apply-templates select="$a" mode="attestation-summary"/>
      <xsl:apply-templates select="$a/periods" mode="attestation-periods"/>
      <p><xsl:value-of select="t:msg('verify.ok.note')"/></p>
      <h2><xsl:value-of select="t:msg('verify.another')"/></h2>
    </xsl:if>
    <p><xsl:value-of select="t:msg('verify.intro')"/></p>
    <form method="get" action="/verification" novalidate="novalidate">
      <xsl:call-template name="form-text">
        <xsl:with-param name="name" select="'code'"/>
        <xsl:with-param name="label" select="'verify.code'"/>
        <xsl:with-param name="hint" select="'verify.code.hint'"/>
        <xsl:with-param name="autocomplete" select="'off'"/>
        <xsl:with-param name="spellcheck" select="'false'"/>
        <xsl:with-param name="maxlength" select="'32'"/>
        <xsl:with-param name="width" select="'20'"/>
      </xsl:call-template>
      <div class="actions">
        <button type="submit" class="button"><xsl:value-of select="t:msg('verify.submit')"/></button>
      </div>
    </form>
  </xsl:template>
</xsl:stylesheet>
