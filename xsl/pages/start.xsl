<?xml version="1.0" encoding="UTF-8"?>
<!--
  The public start page (page id "start"): the seed's "Demande en ligne"
  introduction, what the person needs, the start button and the four steps.
  Its <content/> is empty: every text is in the catalogues.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:t="urn:x-breakatwork:i18n" exclude-result-prefixes="t">

  <xsl:template match="page[@id='start']" mode="menu">breakatwork</xsl:template>

  <xsl:template match="page[@id='start']" mode="title">
    <xsl:value-of select="t:msg('start.title')"/>
  </xsl:template>

  <xsl:template match="page[@id='start']" mode="main">
    <h1>
      <span class="caption"><xsl:value-of select="t:msg('site.name')"/></span>
      <xsl:text> </xsl:text>
      <xsl:value-of select="t:msg('start.title')"/>
    </h1>
    <p class="lead"><xsl:value-of select="t:msg('start.intro')"/></p>
    <p><xsl:value-of select="t:msg('start.employer')"/></p>

    <h2><xsl:value-of select="t:msg('start.need.title')"/></h2>
    <ul class="list">
      <li><xsl:value-of select="t:msg('start.need.key')"/></li>
      <li><xsl:value-of select="t:msg('start.need.details')"/></li>
      <li><xsl:value-of select="t:msg('start.need.attachments')"/></li>
    </ul>
    <p>
      <a class="button button-start" href="/auth/login?next=/demandes">
        <xsl:value-of select="t:msg('start.button')"/>
      </a>
    </p>

    <ol class="steps">
      <li>
        <h2><xsl:value-of select="t:msg('start.step1.title')"/></h2>
        <p><xsl:value-of select="t:msg('start.step1.text')"/></p>
      </li>
      <li>
        <h2><xsl:value-of select="t:msg('start.step2.title')"/></h2>
        <p><xsl:value-of select="t:msg('start.step2.text')"/></p>
        <p><xsl:value-of select="t:msg('start.step2.ticket')"/></p>
      </li>
      <li>
        <h2><xsl:value-of select="t:msg('start.step3.title')"/></h2>
        <p><xsl:value-of select="t:msg('start.step3.text')"/></p>
        <p class="notice"><xsl:value-of select="t:msg('start.step3.warning')"/></p>
      </li>
      <li>
        <h2><xsl:value-of select="t:msg('start.step4.title')"/></h2>
        <p><xsl:value-of select="t:msg('start.step4.text')"/></p>
      </li>
    </ol>

    <p class="help">
      <xsl:value-of select="t:msg('start.help')"/>
      <xsl:text> </xsl:text>
      <a href="/contact-onem"><xsl:value-of select="t:msg('start.help.link')"/></a>
    </p>
  </xsl:template>
</xsl:stylesheet>
