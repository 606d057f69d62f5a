<?xml version="1.0" encoding="UTF-8"?>
<!--
  The preview before confirming ("Page de confirmation", page id "preview",
  menu "demandes"): the request in the seed's sentences, the legal mention,
  the certification and the consent to the electronic tax form.
  <content><request ticket ticket-display ..>..</request><sentences>
  <sentence>..</sentence>...</sentences><documents>..</documents><form>
  [<v name="fiscal_consent">1</v>][<error field="certify">..</error>]</form>
  </content>. POST /demandes/<ticket>/confirmer.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:t="urn:x-breakatwork:i18n" exclude-result-prefixes="t">

  <xsl:template match="page[@id='preview']" mode="title">
    <xsl:call-template name="form-title-prefix"/>
    <xsl:value-of select="t:msg('preview.title')"/>
  </xsl:template>

  <xsl:template match="page[@id='preview']" mode="menu">demandes</xsl:template>

  <xsl:template match="page[@id='preview']" mode="main">
    <xsl:variable name="r" select="content/request"/>
    <xsl:call-template name="form-summary"/>
    <p class="caption">
      <xsl:value-of select="concat(t:msg('worker.caption'), ' ', $r/@ticket-display)"/>
    </p>
    <h1><xsl:value-of select="t:msg('preview.title')"/></h1>
    <p><xsl:value-of select="t:msg('preview.intro')"/></p>
    <div class="legal">
      <h2><xsl:value-of select="t:msg('preview.legal.title')"/></h2>
      <p><xsl:value-of select="t:msg('preview.legal.text')"/></p>
    </div>
    <div class="sentences">
      <xsl:for-each select="content/sentences/sentence">
        <p><xsl:value-of select="."/></p>
      </xsl:for-each>
    </div>
    <xsl:if test="content/documents/document">
      <p><xsl:value-of select="t:msg('preview.documents')"/></p>
      <ul class="list">
        <xsl:for-each select="content/documents/document">
          <li><xsl:value-of select="t:msg(concat('document.', @code))"/></li>
        </xsl:for-each>
      </ul>
    </xsl:if>
    <form method="post" action="/demandes/{$r/@ticket}/confirmer" novalidate="novalidate">
      <xsl:call-template name="form-csrf"/>
      <xsl:call-template name="form-checkbox">
        <xsl:with-param name="name" select="'certify'"/>
        <xsl:with-param name="label" select="'preview.certify'"/>
        <xsl:with-param name="required" select="1"/>
      </xsl:call-template>
      <xsl:call-template name="form-checkbox">
        <xsl:with-param name="name" select="'fiscal_consent'"/>
        <xsl:with-param name="label" select="'preview.fiscal_consent'"/>
      </xsl:call-template>
      <xsl:call-template name="form-required-note"/>
      <div class="actions">
        <a class="button button-secondary" href="/demandes/{$r/@ticket}/travailleur">
          <xsl:value-of select="t:msg('form.back')"/>
        </a>
        <xsl:text> </xsl:text>
        <button type="submit" class="button"><xsl:value-of select="t:msg('preview.confirm')"/></button>
      </div>
    </form>
  </xsl:template>
</xsl:stylesheet>
