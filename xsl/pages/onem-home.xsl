<?xml version="1.0" encoding="UTF-8"?>
<!--
  The ONEM agent's home (page id "onem-home"): the office's requests.
  <content><agent/><office/>
    <waiting><requests><request ticket ticket-display status type motive regime
      start-fr end-fr bce employer niss given-name family-name received-fr/>..
    </requests></waiting>
    <processing>..</processing> <decided>..</decided>
    [<form><v name="q"/>[<error field="q"/>]</form>] [<found><requests>..</requests></found>]
  </content>
  GET /onem/?q=<ticket or NISS> searches the office's requests.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:t="urn:x-breakatwork:i18n" exclude-result-prefixes="t">

  <xsl:template match="page[@id='onem-home']" mode="title">
    <xsl:call-template name="form-title-prefix"/>
    <xsl:value-of select="t:msg('onemhome.title')"/>
  </xsl:template>

  <xsl:template match="page[@id='onem-home']" mode="menu">onem</xsl:template>

  <xsl:template match="page[@id='onem-home']" mode="main">
    <xsl:call-template name="form-summary"/>
    <h1><xsl:value-of select="t:msg('onemhome.title')"/></h1>
    <dl class="summary">
      <div><dt><xsl:value-of select="t:msg('onemhome.agent')"/></dt><dd><xsl:value-of select="content/agent"/></dd></div>
      <div><dt><xsl:value-of select="t:msg('onemhome.office')"/></dt><dd><xsl:value-of select="concat(t:msg(concat('office.', content/office)), ' (', content/office, ')')"/></dd></div>
    </dl>
    <form method="get" action="/onem/" novalidate="novalidate" role="search">
      <xsl:call-template name="form-text">
        <xsl:with-param name="name" select="'q'"/>
        <xsl:with-param name="label" select="'onemhome.search'"/>
        <xsl:with-param name="hint" select="'onemhome.search.hint'"/>
        <xsl:with-param name="required" select="0"/>
        <xsl:with-param name="maxlength" select="'20'"/>
        <xsl:with-param name="width" select="'20'"/>
      </xsl:call-template>
      <div class="actions">
        <button type="submit" class="button button-secondary"><xsl:value-of select="t:msg('onemhome.search.submit')"/></button>
      </div>
    </form>
    <xsl:if test="content/found">
      <xsl:call-template name="onem-table">
        <xsl:with-param name="id" select="'found'"/>
        <xsl:with-param name="rows" select="content/found/requests/request"/>
      </xsl:call-template>
    </xsl:if>
    <xsl:call-template name="onem-table">
      <xsl:with-param name="id" select="'waiting'"/>
      <xsl:with-param name="rows" select="content/waiting/requests/request"/>
    </xsl:call-template>
    <xsl:call-template name="onem-table">
      <xsl:with-param name="id" select="'processing'"/>
      <xsl:with-param name="rows" select="content/processing/requests/request"/>
    </xsl:call-template>
    <xsl:call-template name="onem-table">
      <xsl:with-param name="id" select="'decided'"/>
      <xsl:with-param name="rows" select="content/decided/requests/request"/>
    </xsl:call-template>
  </xsl:template>

  <!-- One list of the office's requests under its heading, or the sentence saying it is empty. -->
  <xsl:template name="onem-table">
    <xsl:param name="id"/>
    <xsl:param name="rows"/>
    <h2 id="onem-{$id}"><xsl:value-of select="t:msg(concat('onemhome.', $id, '.title'))"/></h2>
    <xsl:choose>
      <xsl:when test="$rows">
        <xsl:variable name="c-ticket" select="t:msg('requests.col.ticket')"/>
        <xsl:variable name="c-worker" select="t:msg('onemhome.col.worker')"/>
        <xsl:variable name="c-company" select="t:msg('dossier.col.company')"/>
        <xsl:variable name="c-type" select="t:msg('dossier.col.type')"/>
        <xsl:variable name="c-regime" select="t:msg('dossier.col.regime')"/>
        <xsl:variable name="c-start" select="t:msg('dossier.col.start')"/>
        <xsl:variable name="c-end" select="t:msg('dossier.col.end')"/>
        <xsl:variable name="c-received" select="t:msg('dossier.col.received')"/>
        <xsl:variable name="c-status" select="t:msg('requests.col.status')"/>
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="onem-{$id}">
          <table class="data table-reflow">
            <caption class="visually-hidden"><xsl:value-of select="t:msg(concat('onemhome.', $id, '.title'))"/></caption>
            <thead>
              <tr>
                <th scope="col"><xsl:value-of select="$c-ticket"/></th>
                <th scope="col"><xsl:value-of select="$c-worker"/></th>
                <th scope="col"><xsl:value-of select="$c-company"/></th>
                <th scope="col"><xsl:value-of select="$c-type"/></th>
                <th scope="col"><xsl:value-of select="$c-regime"/></th>
                <th scope="col"><xsl:value-of select="$c-start"/></th>
                <th scope="col"><xsl:value-of select="$c-end"/></th>
                <th scope="col"><xsl:value-of select="$c-received"/></th>
                <th scope="col"><xsl:value-of select="$c-status"/></th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="$rows">
                <tr>
                  <td class="nowrap" data-label="{$c-ticket}">
                    <a href="/onem/demandes/{@ticket}"><xsl:value-of select="@ticket-display"/></a>
                  </td>
                  <td data-label="{$c-worker}">
                    <xsl:value-of select="concat(@given-name, ' ', @family-name)"/>
                    <br/>
                    <span class="nowrap"><xsl:value-of select="@niss"/></span>
                  </td>
                  <td data-label="{$c-company}"><xsl:value-of select="@employer"/></td>
                  <td data-label="{$c-type}">
                    <xsl:value-of select="t:msg(concat('leave.short.', @type))"/>
                    <xsl:if test="@motive != ''">
                      <xsl:value-of select="concat(' (', t:msg(concat('leave.motive.', @motive)), ')')"/>
                    </xsl:if>
                  </td>
                  <td class="nowrap" data-label="{$c-regime}"><xsl:value-of select="@regime"/></td>
                  <td class="nowrap" data-label="{$c-start}"><xsl:value-of select="@start-fr"/></td>
                  <td class="nowrap" data-label="{$c-end}"><xsl:value-of select="@end-fr"/></td>
                  <td class="nowrap" data-label="{$c-received}"><xsl:value-of select="@received-fr"/></td>
                  <td data-label="{$c-status}"><xsl:value-of select="t:msg(concat('leave.status.', @status))"/></td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </div>
      </xsl:when>
      <xsl:otherwise>
        <p><xsl:value-of select="t:msg(concat('onemhome.', $id, '.empty'))"/></p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
