<?xml version="1.0" encoding="UTF-8"?>
<!--
  The employer's overview, "Dossier interruption de carrière et
  crédit-temps" (page id "employer-home", no menu item): the enterprise's
  requests of the last two years, newest first, and a search form.
  <content bce="0412345614" [truncated="1"]><form><v name="niss|type|status|from|to">..</v>
  <error field="..">..</error></form><requests searched="0|1"><request ticket
  ticket-display status type regime start-fr end-fr niss given-name
  family-name communication ../>...</requests></content>.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:t="urn:x-breakatwork:i18n" exclude-result-prefixes="t">

  <xsl:template match="page[@id='employer-home']" mode="title">
    <xsl:call-template name="form-title-prefix"/>
    <xsl:value-of select="t:msg('employer.home.title')"/>
  </xsl:template>

  <xsl:template match="page[@id='employer-home']" mode="main">
    <xsl:call-template name="form-summary"/>
    <p class="caption"><xsl:value-of select="t:msg('employer.home.caption')"/></p>
    <h1><xsl:value-of select="t:msg('employer.home.title')"/></h1>
    <p>
      <xsl:value-of select="t:msg('employer.home.bce')"/>
      <xsl:text> </xsl:text>
      <span class="reference"><xsl:value-of select="content/@bce"/></span>
    </p>
    <p><xsl:value-of select="t:msg('employer.home.intro')"/></p>
    <p><a class="button" href="/employeur/demandes/nouvelle"><xsl:value-of select="t:msg('employer.new')"/></a></p>

    <form method="get" action="/employeur" class="search" novalidate="novalidate">
      <fieldset class="fieldset search-fieldset">
        <legend class="legend legend-large"><xsl:value-of select="t:msg('employer.search.title')"/></legend>
        <xsl:call-template name="form-text">
          <xsl:with-param name="name" select="'niss'"/>
          <xsl:with-param name="label" select="'employer.search.niss'"/>
          <xsl:with-param name="hint" select="'employer.niss.hint'"/>
          <xsl:with-param name="width" select="'20'"/>
          <xsl:with-param name="required" select="0"/>
          <xsl:with-param name="spellcheck" select="'false'"/>
          <xsl:with-param name="maxlength" select="'20'"/>
        </xsl:call-template>
        <xsl:call-template name="form-select">
          <xsl:with-param name="name" select="'type'"/>
          <xsl:with-param name="label" select="'employer.search.type'"/>
          <xsl:with-param name="options" select="'time-credit end-of-career parental medical medical-child palliative caregiver public'"/>
          <xsl:with-param name="prefix" select="'leave.type.'"/>
          <xsl:with-param name="empty" select="'employer.search.all'"/>
          <xsl:with-param name="required" select="0"/>
        </xsl:call-template>
        <xsl:call-template name="form-select">
          <xsl:with-param name="name" select="'status'"/>
          <xsl:with-param name="label" select="'employer.search.status'"/>
          <xsl:with-param name="options" select="'partial annexes sent processing granted unpaid refused cancelled withdrawn'"/>
          <xsl:with-param name="prefix" select="'leave.status.'"/>
          <xsl:with-param name="empty" select="'employer.search.all'"/>
          <xsl:with-param name="required" select="0"/>
        </xsl:call-template>
        <fieldset class="fieldset" aria-describedby="period-hint">
          <legend class="legend"><xsl:value-of select="t:msg('requests.col.period')"/></legend>
          <p class="hint" id="period-hint"><xsl:value-of select="t:msg('employer.search.period.hint')"/></p>
          <xsl:call-template name="form-text">
            <xsl:with-param name="name" select="'from'"/>
            <xsl:with-param name="label" select="'employer.search.from'"/>
            <xsl:with-param name="hint" select="'form.date.hint'"/>
            <xsl:with-param name="width" select="'10'"/>
            <xsl:with-param name="required" select="0"/>
            <xsl:with-param name="maxlength" select="'10'"/>
          </xsl:call-template>
          <xsl:call-template name="form-text">
            <xsl:with-param name="name" select="'to'"/>
            <xsl:with-param name="label" select="'employer.search.to'"/>
            <xsl:with-param name="hint" select="'form.date.hint'"/>
            <xsl:with-param name="width" select="'10'"/>
            <xsl:with-param name="required" select="0"/>
            <xsl:with-param name="maxlength" select="'10'"/>
          </xsl:call-template>
        </fieldset>
        <div class="actions">
          <button type="submit" class="button"><xsl:value-of select="t:msg('employer.search.submit')"/></button>
          <xsl:if test="content/requests/@searched = '1' or content/form/v">
            <xsl:text> </xsl:text>
            <a class="button button-secondary" href="/employeur"><xsl:value-of select="t:msg('employer.search.reset')"/></a>
          </xsl:if>
        </div>
      </fieldset>
    </form>

    <h2 id="results-title"><xsl:value-of select="t:msg('employer.results.title')"/></h2>
    <xsl:choose>
      <xsl:when test="content/form/error">
        <p><xsl:value-of select="t:msg('employer.results.fix')"/></p>
      </xsl:when>
      <xsl:when test="content/requests/request">
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="results-title">
          <table class="data">
            <caption><xsl:value-of select="t:msg('employer.results.caption')"/></caption>
            <thead>
              <tr>
                <th scope="col"><xsl:value-of select="t:msg('requests.col.ticket')"/></th>
                <th scope="col"><xsl:value-of select="t:msg('employer.col.worker')"/></th>
                <th scope="col"><xsl:value-of select="t:msg('requests.col.type')"/></th>
                <th scope="col"><xsl:value-of select="t:msg('employer.col.period')"/></th>
                <th scope="col"><xsl:value-of select="t:msg('requests.col.status')"/></th>
                <th scope="col"><xsl:value-of select="t:msg('employer.col.communication')"/></th>
              </tr>
            </thead>
            <tbody>
              <xsl:for-each select="content/requests/request">
                <tr>
                  <td><a href="/employeur/demandes/{@ticket}"><xsl:value-of select="@ticket-display"/></a></td>
                  <td>
                    <xsl:value-of select="normalize-space(concat(@given-name, ' ', @family-name))"/>
                    <br/>
                    <span class="nowrap"><xsl:value-of select="@niss"/></span>
                  </td>
                  <td><xsl:call-template name="request-type-short"/></td>
                  <td><xsl:call-template name="request-period"/></td>
                  <td><xsl:value-of select="t:msg(concat('leave.status.', @status))"/></td>
                  <td><xsl:value-of select="@communication"/></td>
                </tr>
              </xsl:for-each>
            </tbody>
          </table>
        </div>
        <xsl:if test="content/@truncated = '1'">
          <p><xsl:value-of select="t:msg('employer.results.truncated')"/></p>
        </xsl:if>
      </xsl:when>
      <xsl:when test="content/requests/@searched = '1'">
        <p><xsl:value-of select="t:msg('employer.results.none')"/></p>
      </xsl:when>
      <xsl:otherwise>
        <p><xsl:value-of select="t:msg('employer.results.empty')"/></p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
