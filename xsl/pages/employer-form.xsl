<?xml version="1.0" encoding="UTF-8"?>
<!--
  The employer's part of a request (page id "employer-form", no menu item):
  new at /employeur/demandes/nouvelle, or a change of request @ticket at
  /employeur/demandes/<ticket>/modifier while the worker has not completed it.
  <content bce="0412345614" [ticket=".."]><form><v name="..">..</v>...
  <error field="..">..</error>...<warning field="start">..</warning></form></content>.
  Warnings do not stop the form: sent again with acknowledge=1, it goes on.
  The rules name the concerned person's field "concerned": its messages show
  at concerned_niss.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:t="urn:x-breakatwork:i18n" exclude-result-prefixes="t">

  <xsl:template match="page[@id='employer-form']" mode="title">
    <xsl:call-template name="form-title-prefix"/>
    <xsl:call-template name="employer-form-heading"/>
  </xsl:template>

  <xsl:template name="employer-form-heading">
    <xsl:choose>
      <xsl:when test="/page/content/@ticket">
        <xsl:call-template name="msg-format">
          <xsl:with-param name="key" select="'employer.form.title.change'"/>
          <xsl:with-param name="a1">
            <xsl:call-template name="ticket-display">
              <xsl:with-param name="ticket" select="/page/content/@ticket"/>
            </xsl:call-template>
          </xsl:with-param>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="t:msg('employer.form.title.new')"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="page[@id='employer-form']" mode="main">
    <xsl:variable name="c" select="content"/>
    <xsl:variable name="acknowledging" select="$c/form/warning and not($c/form/error)"/>
    <xsl:variable name="action">
      <xsl:choose>
        <xsl:when test="$c/@ticket"><xsl:value-of select="concat('/employeur/demandes/', $c/@ticket, '/modifier')"/></xsl:when>
        <xsl:otherwise>/employeur/demandes/nouvelle</xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:call-template name="form-summary">
      <xsl:with-param name="aliases" select="' concerned=concerned_niss '"/>
    </xsl:call-template>
    <xsl:if test="$acknowledging">
      <p class="warning-text"><xsl:value-of select="t:msg('employer.form.warnings.text')"/></p>
    </xsl:if>
    <p class="caption"><xsl:value-of select="concat(t:msg('employer.home.bce'), ' ', $c/@bce)"/></p>
    <h1><xsl:call-template name="employer-form-heading"/></h1>
    <p><xsl:value-of select="t:msg('employer.form.intro')"/></p>
    <form method="post" action="{$action}" novalidate="novalidate">
      <xsl:call-template name="form-csrf"/>
      <input type="hidden" name="bce" value="{$c/@bce}"/>
      <xsl:if test="not($c/@ticket)">
        <input type="hidden" name="form_token" value="{$c/form/v[@name = 'form_token']}"/>
      </xsl:if>
      <xsl:if test="$acknowledging">
        <input type="hidden" name="acknowledge" value="1"/>
      </xsl:if>

      <fieldset class="fieldset fieldset-section">
        <legend class="legend legend-large"><xsl:value-of select="t:msg('employer.form.worker')"/></legend>
        <xsl:call-template name="form-text">
          <xsl:with-param name="name" select="'worker_niss'"/>
          <xsl:with-param name="label" select="'employer.form.worker_niss'"/>
          <xsl:with-param name="hint" select="'employer.niss.hint'"/>
          <xsl:with-param name="width" select="'20'"/>
          <xsl:with-param name="spellcheck" select="'false'"/>
          <xsl:with-param name="maxlength" select="'20'"/>
        </xsl:call-template>
      </fieldset>

      <fieldset class="fieldset fieldset-section">
        <legend class="legend legend-large"><xsl:value-of select="t:msg('employer.form.leave')"/></legend>
        <xsl:call-template name="form-radios">
          <xsl:with-param name="name" select="'type'"/>
          <xsl:with-param name="legend" select="'employer.form.type'"/>
          <xsl:with-param name="options" select="'time-credit end-of-career parental medical medical-child palliative caregiver public'"/>
          <xsl:with-param name="prefix" select="'leave.type.'"/>
        </xsl:call-template>
        <xsl:call-template name="form-select">
          <xsl:with-param name="name" select="'motive'"/>
          <xsl:with-param name="label" select="'employer.form.motive'"/>
          <xsl:with-param name="hint" select="'employer.form.motive.hint'"/>
          <xsl:with-param name="options" select="'child palliative medical handicap training'"/>
          <xsl:with-param name="prefix" select="'leave.motive.'"/>
          <xsl:with-param name="empty" select="'employer.form.motive.none'"/>
          <xsl:with-param name="required" select="0"/>
        </xsl:call-template>
        <xsl:call-template name="form-radios">
          <xsl:with-param name="name" select="'regime'"/>
          <xsl:with-param name="legend" select="'employer.form.regime'"/>
          <xsl:with-param name="options" select="'1/1 1/2 1/5 1/10'"/>
          <xsl:with-param name="prefix" select="'leave.regime.'"/>
        </xsl:call-template>
        <xsl:call-template name="form-text">
          <xsl:with-param name="name" select="'start'"/>
          <xsl:with-param name="label" select="'employer.form.start'"/>
          <xsl:with-param name="hint" select="'form.date.hint'"/>
          <xsl:with-param name="width" select="'10'"/>
          <xsl:with-param name="maxlength" select="'10'"/>
        </xsl:call-template>
        <xsl:call-template name="form-text">
          <xsl:with-param name="name" select="'end'"/>
          <xsl:with-param name="label" select="'employer.form.end'"/>
          <xsl:with-param name="hint" select="'form.date.hint'"/>
          <xsl:with-param name="width" select="'10'"/>
          <xsl:with-param name="maxlength" select="'10'"/>
        </xsl:call-template>
        <xsl:call-template name="form-radios">
          <xsl:with-param name="name" select="'allowances'"/>
          <xsl:with-param name="legend" select="'employer.form.allowances'"/>
          <xsl:with-param name="options" select="'1 0'"/>
          <xsl:with-param name="prefix" select="'employer.form.allowances.'"/>
          <xsl:with-param name="inline" select="1"/>
        </xsl:call-template>
        <xsl:call-template name="form-text">
          <xsl:with-param name="name" select="'concerned_niss'"/>
          <xsl:with-param name="label" select="'employer.form.concerned_niss'"/>
          <xsl:with-param name="hint" select="'employer.form.concerned_niss.hint'"/>
          <xsl:with-param name="width" select="'20'"/>
          <xsl:with-param name="required" select="0"/>
          <xsl:with-param name="spellcheck" select="'false'"/>
          <xsl:with-param name="maxlength" select="'20'"/>
          <xsl:with-param name="alias" select="'concerned'"/>
        </xsl:call-template>
        <xsl:call-template name="form-checkbox">
          <xsl:with-param name="name" select="'handicapped_child'"/>
          <xsl:with-param name="label" select="'employer.form.handicapped_child'"/>
          <xsl:with-param name="hint" select="'employer.form.handicapped_child.hint'"/>
        </xsl:call-template>
      </fieldset>

      <fieldset class="fieldset fieldset-section">
        <legend class="legend legend-large"><xsl:value-of select="t:msg('employer.form.employer')"/></legend>
        <xsl:call-template name="form-text">
          <xsl:with-param name="name" select="'employer_name'"/>
          <xsl:with-param name="label" select="'employer.form.employer_name'"/>
          <xsl:with-param name="autocomplete" select="'organization'"/>
          <xsl:with-param name="maxlength" select="'120'"/>
        </xsl:call-template>
        <xsl:call-template name="form-text">
          <xsl:with-param name="name" select="'employer_street'"/>
          <xsl:with-param name="label" select="'employer.form.employer_street'"/>
          <xsl:with-param name="maxlength" select="'120'"/>
        </xsl:call-template>
        <xsl:call-template name="form-text">
          <xsl:with-param name="name" select="'employer_postcode'"/>
          <xsl:with-param name="label" select="'employer.form.employer_postcode'"/>
          <xsl:with-param name="width" select="'4'"/>
          <xsl:with-param name="inputmode" select="'numeric'"/>
          <xsl:with-param name="maxlength" select="'10'"/>
        </xsl:call-template>
        <xsl:call-template name="form-text">
          <xsl:with-param name="name" select="'employer_city'"/>
          <xsl:with-param name="label" select="'employer.form.employer_city'"/>
          <xsl:with-param name="maxlength" select="'80'"/>
        </xsl:call-template>
        <xsl:call-template name="form-text">
          <xsl:with-param name="name" select="'employer_onss'"/>
          <xsl:with-param name="label" select="'employer.form.employer_onss'"/>
          <xsl:with-param name="hint" select="'employer.form.employer_onss.hint'"/>
          <xsl:with-param name="width" select="'10'"/>
          <xsl:with-param name="inputmode" select="'numeric'"/>
          <xsl:with-param name="spellcheck" select="'false'"/>
          <xsl:with-param name="maxlength" select="'16'"/>
        </xsl:call-template>
        <xsl:call-template name="form-text">
          <xsl:with-param name="name" select="'joint_committee'"/>
          <xsl:with-param name="label" select="'employer.form.joint_committee'"/>
          <xsl:with-param name="hint" select="'employer.form.joint_committee.hint'"/>
          <xsl:with-param name="width" select="'10'"/>
          <xsl:with-param name="inputmode" select="'decimal'"/>
          <xsl:with-param name="maxlength" select="'10'"/>
        </xsl:call-template>
        <xsl:call-template name="form-text">
          <xsl:with-param name="name" select="'work_percent'"/>
          <xsl:with-param name="label" select="'employer.form.work_percent'"/>
          <xsl:with-param name="hint" select="'employer.form.work_percent.hint'"/>
          <xsl:with-param name="width" select="'4'"/>
          <xsl:with-param name="inputmode" select="'numeric'"/>
          <xsl:with-param name="maxlength" select="'3'"/>
        </xsl:call-template>
        <xsl:call-template name="form-text">
          <xsl:with-param name="name" select="'headcount'"/>
          <xsl:with-param name="label" select="'employer.form.headcount'"/>
          <xsl:with-param name="hint" select="'employer.form.headcount.hint'"/>
          <xsl:with-param name="width" select="'10'"/>
          <xsl:with-param name="inputmode" select="'numeric'"/>
          <xsl:with-param name="maxlength" select="'7'"/>
        </xsl:call-template>
      </fieldset>

      <xsl:call-template name="form-required-note"/>
      <div class="actions">
        <button type="submit" class="button">
          <xsl:choose>
            <xsl:when test="$acknowledging and $c/@ticket"><xsl:value-of select="t:msg('employer.form.submit.change.anyway')"/></xsl:when>
            <xsl:when test="$acknowledging"><xsl:value-of select="t:msg('employer.form.submit.new.anyway')"/></xsl:when>
            <xsl:when test="$c/@ticket"><xsl:value-of select="t:msg('employer.form.submit.change')"/></xsl:when>
            <xsl:otherwise><xsl:value-of select="t:msg('employer.form.submit.new')"/></xsl:otherwise>
          </xsl:choose>
        </button>
        <xsl:text> </xsl:text>
        <a class="button button-secondary">
          <xsl:attribute name="href">
            <xsl:choose>
              <xsl:when test="$c/@ticket"><xsl:value-of select="concat('/employeur/demandes/', $c/@ticket)"/></xsl:when>
              <xsl:otherwise>/employeur</xsl:otherwise>
            </xsl:choose>
          </xsl:attribute>
          <xsl:value-of select="t:msg('employer.form.cancel')"/>
        </a>
      </div>
    </form>
  </xsl:template>
</xsl:stylesheet>
