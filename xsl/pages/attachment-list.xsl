<?xml version="1.0" encoding="UTF-8"?>
<!--
  "Pièces jointes": the worker's requests waiting for attachments (status
  En attente des annexes), one radio each, and "Suivant" (page id
  "attachment-list", menu "pieces"). Same XML as request-list; the list
  itself is request-list.xsl's request-choice.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:t="urn:x-breakatwork:i18n" exclude-result-prefixes="t">

  <xsl:template match="page[@id='attachment-list']" mode="title">
    <xsl:call-template name="form-title-prefix"/>
    <xsl:value-of select="t:msg('attachments.doc.title')"/>
  </xsl:template>

  <xsl:template match="page[@id='attachment-list']" mode="menu">pieces</xsl:template>

  <xsl:template match="page[@id='attachment-list']" mode="main">
    <xsl:call-template name="form-summary"/>
    <h1><xsl:value-of select="t:msg('requests.title')"/></h1>
    <div class="warning-text">
      <p>
        <strong><xsl:value-of select="t:msg('attachments.warning.title')"/></strong>
        <xsl:text> </xsl:text>
        <xsl:value-of select="t:msg('attachments.warning')"/>
      </p>
    </div>
    <xsl:call-template name="request-choice">
      <xsl:with-param name="action" select="'/pieces'"/>
      <xsl:with-param name="intro" select="'attachments.intro'"/>
      <xsl:with-param name="legend" select="'attachments.legend'"/>
      <xsl:with-param name="caption" select="'attachments.caption'"/>
      <xsl:with-param name="empty" select="'attachments.empty'"/>
    </xsl:call-template>
  </xsl:template>
</xsl:stylesheet>
