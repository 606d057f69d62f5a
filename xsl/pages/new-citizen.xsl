<?xml version="1.0" encoding="UTF-8"?>
<!--
  "Nouveau citoyen" (page id "new-citizen", GET /nouveau): a first visit.
  What Break@work is, the seed's four steps in short, what the person needs,
  the digital keys and how to get one, the session limit, the start button
  and the other ways to get help. Its <content/> is empty: every text is in
  the catalogues (keys newcitizen.*).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:t="urn:x-breakatwork:i18n" exclude-result-prefixes="t">

  <xsl:template match="page[@id='new-citizen']" mode="menu">nouveau</xsl:template>

  <xsl:template match="page[@id='new-citizen']" mode="title">
    <xsl:value-of select="t:msg('newcitizen.title')"/>
  </xsl:template>

  <xsl:template match="page[@id='new-citizen']" mode="main">
    <h1 class="info-title"><xsl:value-of select="t:msg('newcitizen.title')"/></h1>
    <p class="lead"><xsl:value-of select="t:msg('newcitizen.intro')"/></p>
    <p><xsl:value-of select="t:msg('newcitizen.employer')"/></p>
    <p><xsl:value-of select="t:msg('newcitizen.also')"/></p>

    <h2><xsl:value-of select="t:msg('newcitizen.steps.title')"/></h2>
    <ol class="list">
      <li><xsl:value-of select="t:msg('newcitizen.step1')"/></li>
      <li><xsl:value-of select="t:msg('newcitizen.step2')"/></li>
      <li><xsl:value-of select="t:msg('newcitizen.step3')"/></li>
      <li><xsl:value-of select="t:msg('newcitizen.step4')"/></li>
    </ol>
    <p>
      <xsl:value-of select="t:msg('newcitizen.steps.more')"/>
      <xsl:text> </xsl:text>
      <a href="/"><xsl:value-of select="t:msg('newcitizen.steps.more.link')"/></a>
      <xsl:value-of select="t:msg('newcitizen.steps.more.end')"/>
    </p>

    <h2><xsl:value-of select="t:msg('newcitizen.need.title')"/></h2>
    <ul class="list">
      <li><xsl:value-of select="t:msg('newcitizen.need.key')"/></li>
      <li><xsl:value-of select="t:msg('newcitizen.need.details')"/></li>
      <li><xsl:value-of select="t:msg('newcitizen.need.attachments')"/></li>
    </ul>

    <h2><xsl:value-of select="t:msg('newcitizen.keys.title')"/></h2>
    <p><xsl:value-of select="t:msg('newcitizen.keys.intro')"/></p>
    <ul class="list">
      <li><xsl:value-of select="t:msg('newcitizen.keys.eid')"/></li>
      <li><xsl:value-of select="t:msg('newcitizen.keys.itsme')"/></li>
      <li><xsl:value-of select="t:msg('newcitizen.keys.email')"/></li>
      <li><xsl:value-of select="t:msg('newcitizen.keys.app')"/></li>
      <li><xsl:value-of select="t:msg('newcitizen.keys.eidas')"/></li>
    </ul>

    <h2><xsl:value-of select="t:msg('newcitizen.getkey.title')"/></h2>
    <ul class="list">
      <li><xsl:value-of select="t:msg('newcitizen.getkey.itsme')"/></li>
      <li><xsl:value-of select="t:msg('newcitizen.getkey.eid')"/></li>
      <li><xsl:value-of select="t:msg('newcitizen.getkey.codes')"/></li>
    </ul>

    <h2><xsl:value-of select="t:msg('newcitizen.session.title')"/></h2>
    <p><xsl:value-of select="t:msg('newcitizen.session.text')"/></p>

    <h2><xsl:value-of select="t:msg('newcitizen.start.title')"/></h2>
    <p><xsl:value-of select="t:msg('newcitizen.start')"/></p>
    <p>
      <a class="button button-start" href="/auth/login?next=/demandes">
        <xsl:value-of select="t:msg('start.button')"/>
      </a>
    </p>

    <h2><xsl:value-of select="t:msg('newcitizen.help.title')"/></h2>
    <ul class="list">
      <li><xsl:value-of select="t:msg('newcitizen.help.phone')"/></li>
      <li>
        <xsl:value-of select="t:msg('newcitizen.help.office')"/>
        <xsl:text> </xsl:text>
        <a href="/contact-onem"><xsl:value-of select="t:msg('newcitizen.help.office.link')"/></a>
        <xsl:value-of select="t:msg('newcitizen.help.office.end')"/>
      </li>
    </ul>
    <p><xsl:value-of select="t:msg('newcitizen.help.ticket')"/></p>
  </xsl:template>
</xsl:stylesheet>
