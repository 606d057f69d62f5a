<?xml version="1.0" encoding="UTF-8"?>
<!--
  "Données de contact" (page id "contact", menu "contact"):
  <content><form><v name="email|phone"/>..<error field/>..</form>[<saved/>]</content>.
  POST /contact; saved, the header block above shows the new values.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:t="urn:x-breakatwork:i18n" exclude-result-prefixes="t">

  <xsl:template match="page[@id='contact']" mode="title">
    <xsl:call-template name="form-title-prefix"/>
    <xsl:value-of select="t:msg('contactdata.title')"/>
  </xsl:template>

  <xsl:template match="page[@id='contact']" mode="menu">contact</xsl:template>

  <xsl:template match="page[@id='contact']" mode="main">
    <xsl:call-template name="form-summary"/>
    <h1><xsl:value-of select="t:msg('contactdata.title')"/></h1>
    <xsl:if test="content/saved">
      <div class="panel panel-success" role="alert">
        <p><xsl:value-of select="t:msg('contactdata.saved')"/></p>
      </div>
    </xsl:if>
    <p><xsl:value-of select="t:msg('contactdata.intro')"/></p>
    <form method="post" action="/contact" novalidate="novalidate">
      <xsl:call-template name="form-csrf"/>
      <xsl:call-template name="form-text">
        <xsl:with-param name="name" select="'email'"/>
        <xsl:with-param name="label" select="'contactdata.email'"/>
        <xsl:with-param name="hint" select="'contactdata.email.hint'"/>
        <xsl:with-param name="type" select="'email'"/>
        <xsl:with-param name="autocomplete" select="'email'"/>
        <xsl:with-param name="spellcheck" select="'false'"/>
        <xsl:with-param name="maxlength" select="'254'"/>
        <xsl:with-param name="width" select="'20'"/>
      </xsl:call-template>
      <xsl:call-template name="form-text">
        <xsl:with-param name="name" select="'phone'"/>
        <xsl:with-param name="label" select="'contactdata.phone'"/>
        <xsl:with-param name="hint" select="'contactdata.phone.hint'"/>
        <xsl:with-param name="type" select="'tel'"/>
        <xsl:with-param name="autocomplete" select="'tel'"/>
        <xsl:with-param name="required" select="0"/>
        <xsl:with-param name="maxlength" select="'32'"/>
        <xsl:with-param name="width" select="'20'"/>
      </xsl:call-template>
      <xsl:call-template name="form-required-note"/>
      <div class="actions">
        <button type="submit" class="button"><xsl:value-of select="t:msg('contactdata.save')"/></button>
      </div>
    </form>
  </xsl:template>
</xsl:stylesheet>
