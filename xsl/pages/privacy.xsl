<?xml version="1.0" encoding="UTF-8"?>
<!--
  Privacy (page id "privacy", GET /vie-privee): who is the controller, what
  data Break@work processes, why and on which legal basis, who receives it,
  how long it is kept, the person's rights, the data protection officer and
  the supervisory authority. Its <content/> is empty: every text is in the
  catalogues (keys privacy.*, contact labels info.*).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:t="urn:x-breakatwork:i18n" exclude-result-prefixes="t">

  <xsl:template match="page[@id='privacy']" mode="title">
    <xsl:value-of select="t:msg('privacy.title')"/>
  </xsl:template>

  <xsl:template match="page[@id='privacy']" mode="main">
    <h1 class="info-title"><xsl:value-of select="t:msg('privacy.title')"/></h1>
    <p class="lead"><xsl:value-of select="t:msg('privacy.intro')"/></p>

    <h2><xsl:value-of select="t:msg('privacy.controller.title')"/></h2>
    <p><xsl:value-of select="t:msg('privacy.controller.text')"/></p>
    <p><xsl:value-of select="t:msg('privacy.controller.address')"/></p>

    <h2><xsl:value-of select="t:msg('privacy.data.title')"/></h2>
    <ul class="list">
      <li><xsl:value-of select="t:msg('privacy.data.identity')"/></li>
      <li><xsl:value-of select="t:msg('privacy.data.contact')"/></li>
      <li><xsl:value-of select="t:msg('privacy.data.requests')"/></li>
      <li><xsl:value-of select="t:msg('privacy.data.payment')"/></li>
      <li><xsl:value-of select="t:msg('privacy.data.employer')"/></li>
    </ul>

    <h2><xsl:value-of select="t:msg('privacy.purpose.title')"/></h2>
    <p><xsl:value-of select="t:msg('privacy.purpose.text')"/></p>
    <p><xsl:value-of select="t:msg('privacy.purpose.basis')"/></p>
    <p><xsl:value-of select="t:msg('privacy.purpose.noads')"/></p>
    <p>
      <xsl:value-of select="t:msg('privacy.cookies')"/>
      <xsl:text> </xsl:text>
      <a href="/cookies"><xsl:value-of select="t:msg('privacy.cookies.link')"/></a>
      <xsl:value-of select="t:msg('privacy.cookies.end')"/>
    </p>

    <h2><xsl:value-of select="t:msg('privacy.recipients.title')"/></h2>
    <p><xsl:value-of select="t:msg('privacy.recipients.intro')"/></p>
    <ul class="list">
      <li><xsl:value-of select="t:msg('privacy.recipients.employer')"/></li>
      <li><xsl:value-of select="t:msg('privacy.recipients.verify')"/></li>
      <li><xsl:value-of select="t:msg('privacy.recipients.office')"/></li>
    </ul>
    <p><xsl:value-of select="t:msg('privacy.recipients.law')"/></p>

    <h2><xsl:value-of select="t:msg('privacy.retention.title')"/></h2>
    <p><xsl:value-of select="t:msg('privacy.retention.text')"/></p>
    <p><xsl:value-of select="t:msg('privacy.retention.session')"/></p>

    <h2><xsl:value-of select="t:msg('privacy.rights.title')"/></h2>
    <p><xsl:value-of select="t:msg('privacy.rights.text')"/></p>
    <p>
      <xsl:value-of select="t:msg('privacy.rights.contact')"/>
      <xsl:text> </xsl:text>
      <a href="/contact-onem"><xsl:value-of select="t:msg('privacy.rights.contact.link')"/></a>
      <xsl:value-of select="t:msg('privacy.rights.contact.end')"/>
    </p>
    <p><xsl:value-of select="t:msg('privacy.complaint')"/></p>
    <div class="contact-card">
      <p class="contact-name"><xsl:value-of select="t:msg('privacy.apd.body')"/></p>
      <dl class="contact-details">
        <div>
          <dt><xsl:value-of select="t:msg('info.address')"/></dt>
          <dd><xsl:value-of select="t:msg('privacy.apd.address')"/></dd>
        </div>
        <div>
          <dt><xsl:value-of select="t:msg('info.phone')"/></dt>
          <dd><xsl:value-of select="t:msg('privacy.apd.phone')"/></dd>
        </div>
        <div>
          <dt><xsl:value-of select="t:msg('info.email')"/></dt>
          <dd>
            <a href="mailto:{t:msg('privacy.apd.email')}">
              <xsl:value-of select="t:msg('privacy.apd.email')"/>
            </a>
          </dd>
        </div>
        <div>
          <dt><xsl:value-of select="t:msg('info.website')"/></dt>
          <dd>
            <a href="{t:msg('privacy.apd.url')}">
              <xsl:value-of select="t:msg('privacy.apd.website')"/>
            </a>
          </dd>
        </div>
      </dl>
    </div>
  </xsl:template>
</xsl:stylesheet>
