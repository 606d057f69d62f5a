<?xml version="1.0" encoding="UTF-8"?>
<!--
  Confirmation before documents are deleted from a request (page id
  "attachments-delete", menu "pieces"): the checked boxes of the
  attachments page lead here.
  <content><request ticket ticket-display ..>..</request>
    <attachments><attachment id doc name ../>..</attachments></content>
  (the attachments to delete). POST /pieces/<ticket>/supprimer with the
  same delete=<id> values and confirm=1 deletes them.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:t="urn:x-breakatwork:i18n" exclude-result-prefixes="t">

  <xsl:template match="page[@id='attachments-delete']" mode="title">
    <xsl:call-template name="attachments-delete-title"/>
  </xsl:template>

  <xsl:template match="page[@id='attachments-delete']" mode="menu">pieces</xsl:template>

  <!-- "Supprimer ce document ?" or "Supprimer ces documents ?". -->
  <xsl:template name="attachments-delete-title">
    <xsl:choose>
      <xsl:when test="count(/page/content/attachments/attachment) = 1">
        <xsl:value-of select="t:msg('pieces.delete.title.one')"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="t:msg('pieces.delete.title')"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="page[@id='attachments-delete']" mode="main">
    <xsl:variable name="r" select="content/request"/>
    <xsl:variable name="one" select="count(content/attachments/attachment) = 1"/>
    <p class="caption">
      <xsl:value-of select="concat(t:msg('worker.caption'), ' ', $r/@ticket-display)"/>
    </p>
    <h1><xsl:call-template name="attachments-delete-title"/></h1>
    <ul class="list">
      <xsl:for-each select="content/attachments/attachment">
        <li><xsl:call-template name="pieces-name-kind"/></li>
      </xsl:for-each>
    </ul>
    <p class="warning-text">
      <strong>
        <xsl:choose>
          <xsl:when test="$one"><xsl:value-of select="t:msg('pieces.delete.text.one')"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="t:msg('pieces.delete.text')"/></xsl:otherwise>
        </xsl:choose>
      </strong>
    </p>
    <form method="post" action="{/page/content/@base}/supprimer" novalidate="novalidate">
      <xsl:call-template name="form-csrf"/>
      <xsl:for-each select="content/attachments/attachment">
        <input type="hidden" name="delete" value="{@id}"/>
      </xsl:for-each>
      <input type="hidden" name="confirm" value="1"/>
      <div class="actions">
        <button type="submit" class="button button-warning">
          <xsl:choose>
            <xsl:when test="$one"><xsl:value-of select="t:msg('pieces.delete.confirm.one')"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="t:msg('pieces.delete.confirm')"/></xsl:otherwise>
          </xsl:choose>
        </button>
        <xsl:text> </xsl:text>
        <a class="button button-secondary" href="{/page/content/@base}"><xsl:value-of select="t:msg('pieces.delete.cancel')"/></a>
      </div>
    </form>
  </xsl:template>
</xsl:stylesheet>
