<?xml version="1.0" encoding="UTF-8"?>
<!--
  "Attestations" (page id "attestations", menu "attestations"):
  <content><form><v name="kind|start|end"/>..<error field/>..</form>
  <attestations><attestation code code-display kind="periods|rights"
  issued span-start? span-end?/>...</attestations></content>.
  POST /attestations issues one and leads to /attestations/<code>.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:t="urn:x-breakatwork:i18n" exclude-result-prefixes="t">

  <xsl:template match="page[@id='attestations']" mode="title">
    <xsl:call-template name="form-title-prefix"/>
    <xsl:value-of select="t:msg('attestations.title')"/>
  </xsl:template>

  <xsl:template match="page[@id='attestations']" mode="menu">attestations</xsl:template>

  <xsl:template match="page[@id='attestations']" mode="main">
    <xsl:call-template name="form-summary"/>
    <h1><xsl:value-of select="t:msg('attestations.title')"/></h1>
    <p><xsl:value-of select="t:msg('attestations.intro')"/></p>
    <h2><xsl:value-of select="t:msg('attestations.new.title')"/></h2>
    <form method="post" action="/attestations" novalidate="novalidate">
      <xsl:call-template name="form-csrf"/>
      <xsl:call-template name="form-radios">
        <xsl:with-param name="name" select="'kind'"/>
        <xsl:with-param name="legend" select="'attestations.kind'"/>
        <xsl:with-param name="hint" select="'attestations.kind.hint'"/>
        <xsl:with-param name="options" select="'periods rights'"/>
        <xsl:with-param name="prefix" select="'attestation.kind.'"/>
      </xsl:call-template>
      <fieldset class="fieldset">
        <legend class="legend"><xsl:value-of select="t:msg('attestations.span')"/></legend>
        <p class="hint"><xsl:value-of select="t:msg('attestations.span.hint')"/></p>
        <xsl:call-template name="form-text">
          <xsl:with-param name="name" select="'start'"/>
          <xsl:with-param name="label" select="'attestations.start'"/>
          <xsl:with-param name="hint" select="'form.date.hint'"/>
          <xsl:with-param name="required" select="0"/>
          <xsl:with-param name="width" select="'10'"/>
          <xsl:with-param name="maxlength" select="'10'"/>
        </xsl:call-template>
        <xsl:call-template name="form-text">
          <xsl:with-param name="name" select="'end'"/>
          <xsl:with-param name="label" select="'attestations.end'"/>
          <xsl:with-param name="hint" select="'form.date.hint'"/>
          <xsl:with-param name="required" select="0"/>
          <xsl:with-param name="width" select="'10'"/>
          <xsl:with-param name="maxlength" select="'10'"/>
        </xsl:call-template>
      </fieldset>
      <div class="actions">
        <button type="submit" class="button"><xsl:value-of select="t:msg('attestations.submit')"/></button>
      </div>
    </form>
    <h2><xsl:value-of select="t:msg('attestations.list.title')"/></h2>
    <xsl:choose>
      <xsl:when test="content/attestations/attestation">
        <div class="table-scroll">
          <table class="data table-reflow">
            <caption><xsl:value-of select="t:msg('attestations.caption')"/></caption>
            <thead>
              <tr>
                <th scope="col"><xsl:value-of select="t:msg('attestations.col.issued')"/></th>
                <th scope="col"><xsl:value-of select="t:msg('attestations.col.kind')"/></th>
                <th scope="col"><xsl:value-of select="t:msg('attestations.col.span')"/></th>
                <th scope="col"><xsl:value-of select="t:msg('attestations.col.code')"/></th>
                <th scope="col"><xsl:value-of select="t:msg('attestations.col.document')"/></th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="content/attestations/attestation">
                <tr>
                  <td data-label="{t:msg('attestations.col.issued')}"><xsl:value-of select="@issued"/></td>
                  <td data-label="{t:msg('attestations.col.kind')}">
                    <a href="/attestations/{@code}"><xsl:value-of select="t:msg(concat('attestation.kind.', @kind))"/></a>
                  </td>
                  <td data-label="{t:msg('attestations.col.span')}">
                    <xsl:call-template name="attestation-span"/>
                  </td>
                  <td data-label="{t:msg('attestations.col.code')}" class="nowrap"><xsl:value-of select="@code-display"/></td>
                  <td data-label="{t:msg('attestations.col.document')}">
                    <a href="/attestations/{@code}.pdf" download="">
                      <xsl:value-of select="t:msg('attestations.download')"/>
                    </a>
                  </td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </div>
      </xsl:when>
      <xsl:otherwise>
        <p><xsl:value-of select="t:msg('attestations.empty')"/></p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- "du 01/01/2024 au 31/12/2026", or the day of issue for remaining rights. -->
  <xsl:template name="attestation-span">
    <xsl:choose>
      <xsl:when test="@span-start">
        <xsl:call-template name="msg-format">
          <xsl:with-param name="key" select="'attestation.span'"/>
          <xsl:with-param name="a1" select="@span-start"/>
          <xsl:with-param name="a2" select="@span-end"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise>
        <xsl:call-template name="msg-format">
          <xsl:with-param name="key" select="'attestation.span.rights'"/>
          <xsl:with-param name="a1" select="@issued"/>
        </xsl:call-template>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
