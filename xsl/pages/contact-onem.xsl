<?xml version="1.0" encoding="UTF-8"?>
<!--
  How to reach the ONEM (page id "contact-onem"): the offices and the postal
  codes each one serves, from
  <content><offices><office code><name/><postcodes from to/>...</office>...</offices></content>.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:t="urn:x-breakatwork:i18n" exclude-result-prefixes="t">

  <xsl:template match="page[@id='contact-onem']" mode="title">
    <xsl:value-of select="t:msg('contact.title')"/>
  </xsl:template>

  <xsl:template match="page[@id='contact-onem']" mode="main">
    <h1><xsl:value-of select="t:msg('contact.title')"/></h1>
    <p><xsl:value-of select="t:msg('contact.intro')"/></p>
    <p><xsl:value-of select="t:msg('contact.phone')"/></p>
    <xsl:choose>
      <xsl:when test="content/offices/office">
        <div class="table-scroll" tabindex="0" role="region" aria-label="{t:msg('contact.offices')}">
          <table class="data">
            <caption><xsl:value-of select="t:msg('contact.offices')"/></caption>
            <thead>
              <tr>
                <th scope="col"><xsl:value-of select="t:msg('contact.office')"/></th>
                <th scope="col"><xsl:value-of select="t:msg('contact.postcodes')"/></th>
              </tr>
            </thead>
            <tbody>
              <xsl:apply-templates select="content/offices/office" mode="contact-onem">
                <xsl:sort select="name" lang="{/page/@lang}"/>
              </xsl:apply-templates>
            </tbody>
          </table>
        </div>
      </xsl:when>
      <xsl:otherwise>
        <p><xsl:value-of select="t:msg('contact.none')"/></p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="office" mode="contact-onem">
    <tr>
      <th scope="row"><xsl:value-of select="name"/></th>
      <td>
        <xsl:for-each select="postcodes">
          <xsl:if test="position() > 1">, </xsl:if>
          <xsl:value-of select="@from"/>
          <xsl:if test="@to != @from">
            <xsl:value-of select="concat('–', @to)"/>
          </xsl:if>
        </xsl:for-each>
      </td>
    </tr>
  </xsl:template>
</xsl:stylesheet>
