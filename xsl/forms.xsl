<?xml version="1.0" encoding="UTF-8"?>
<!--
  Reusable pieces of the form pages (GOV.UK pattern, see
  /work/shared/research/ux-anchors.md): error summary, warnings, text
  fields, radios, selects, checkboxes, and a few helpers that show a
  request. A form page's XML carries, under content (fcgi/form.h):
    <form>
      <v name="field">value typed or known</v>...
      <error field="field">message, already translated</error>...
      <warning field="field">message that does not stop the form</warning>...
    </form>
  Ids: a text field, select or checkbox has id = its name; the first radio
  of a group has id = the group's name (so "#name" from the summary lands
  on it), the next ones name-2, name-3... A field's hint, error and warning
  paragraphs have ids name-hint, name-error, name-warning, referenced by
  aria-describedby. Forms are novalidate: the server checks everything.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:t="urn:x-breakatwork:i18n" exclude-result-prefixes="t">

  <!-- ===== Text helpers ===== -->

  <!-- Every occurrence of $from in $text replaced by $to. -->
  <xsl:template name="replace">
    <xsl:param name="text"/>
    <xsl:param name="from"/>
    <xsl:param name="to"/>
    <xsl:choose>
      <xsl:when test="$from != '' and contains($text, $from)">
        <xsl:value-of select="substring-before($text, $from)"/>
        <xsl:value-of select="$to"/>
        <xsl:call-template name="replace">
          <xsl:with-param name="text" select="substring-after($text, $from)"/>
          <xsl:with-param name="from" select="$from"/>
          <xsl:with-param name="to" select="$to"/>
        </xsl:call-template>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$text"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The catalogue text of $key with {1} and {2} replaced by $a1 and $a2. -->
  <xsl:template name="msg-format">
    <xsl:param name="key"/>
    <xsl:param name="a1" select="''"/>
    <xsl:param name="a2" select="''"/>
    <xsl:variable name="one">
      <xsl:call-template name="replace">
        <xsl:with-param name="text" select="t:msg($key)"/>
        <xsl:with-param name="from" select="'{2}'"/>
        <xsl:with-param name="to" select="$a2"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:call-template name="replace">
      <xsl:with-param name="text" select="$one"/>
      <xsl:with-param name="from" select="'{1}'"/>
      <xsl:with-param name="to" select="$a1"/>
    </xsl:call-template>
  </xsl:template>

  <!-- A 12-digit ticket as 1234-5678-9095 (for pages that only have the digits). -->
  <xsl:template name="ticket-display">
    <xsl:param name="ticket"/>
    <xsl:choose>
      <xsl:when test="string-length($ticket) = 12">
        <xsl:value-of select="concat(substring($ticket, 1, 4), '-', substring($ticket, 5, 4), '-',
            substring($ticket, 9, 4))"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$ticket"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- For a request element: "Congé Parental (1/1)", the seed's "Type de demande". -->
  <xsl:template name="request-type-short">
    <xsl:param name="r" select="."/>
    <xsl:value-of select="concat(t:msg(concat('leave.short.', $r/@type)), ' (', $r/@regime, ')')"/>
  </xsl:template>

  <!-- For a request element: "01/03/2027 - 31/03/2027", the seed's "Période d'interruption". -->
  <xsl:template name="request-period">
    <xsl:param name="r" select="."/>
    <xsl:value-of select="concat($r/@start-fr, ' - ', $r/@end-fr)"/>
  </xsl:template>

  <!-- ===== Form frame ===== -->

  <!-- "Erreur : " before a page title when the form came back with errors. -->
  <xsl:template name="form-title-prefix">
    <xsl:if test="/page/content/form/error">
      <xsl:value-of select="concat(t:msg('form.error.prefix'), ' ')"/>
    </xsl:if>
  </xsl:template>

  <!-- The session's CSRF token: every POST form has it. -->
  <xsl:template name="form-csrf">
    <input type="hidden" name="csrf" value="{/page/meta/csrf}"/>
  </xsl:template>

  <!-- "* Champs obligatoires". -->
  <xsl:template name="form-required-note">
    <p class="required-note"><xsl:value-of select="t:msg('form.required')"/></p>
  </xsl:template>

  <!--
    The id a message's field has on the page. $aliases maps message fields
    to other ids: ' concerned=concerned_niss period=start ' (spaces around).
  -->
  <xsl:template name="form-field-id">
    <xsl:param name="field"/>
    <xsl:param name="aliases" select="''"/>
    <xsl:variable name="key" select="concat(' ', $field, '=')"/>
    <xsl:choose>
      <xsl:when test="contains($aliases, $key)">
        <xsl:value-of select="substring-before(substring-after($aliases, $key), ' ')"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$field"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!--
    The error summary (one link per error, to its field) and, apart from it,
    the warnings, which do not stop the form. Goes at the top of the page,
    before the h1.
  -->
  <xsl:template name="form-summary">
    <xsl:param name="aliases" select="''"/>
    <xsl:variable name="f" select="/page/content/form"/>
    <xsl:if test="$f/error">
      <div class="error-summary" tabindex="-1" aria-labelledby="error-summary-title">
        <div role="alert">
          <h2 id="error-summary-title"><xsl:value-of select="t:msg('form.error.title')"/></h2>
          <ul class="error-summary-list">
            <xsl:for-each select="$f/error">
              <xsl:variable name="id">
                <xsl:call-template name="form-field-id">
                  <xsl:with-param name="field" select="@field"/>
                  <xsl:with-param name="aliases" select="$aliases"/>
                </xsl:call-template>
              </xsl:variable>
              <li><a href="#{$id}"><xsl:value-of select="."/></a></li>
            </xsl:for-each>
          </ul>
        </div>
      </div>
    </xsl:if>
    <xsl:if test="$f/warning">
      <div class="warning-summary" role="region" aria-labelledby="warning-summary-title">
        <h2 id="warning-summary-title"><xsl:value-of select="t:msg('form.warning.title')"/></h2>
        <ul class="warning-summary-list">
          <xsl:for-each select="$f/warning">
            <xsl:variable name="id">
              <xsl:call-template name="form-field-id">
                <xsl:with-param name="field" select="@field"/>
                <xsl:with-param name="aliases" select="$aliases"/>
              </xsl:call-template>
            </xsl:variable>
            <li><a href="#{$id}"><xsl:value-of select="."/></a></li>
          </xsl:for-each>
        </ul>
      </div>
    </xsl:if>
  </xsl:template>

  <!-- ===== Pieces of one field ===== -->

  <!-- The class of a field wrapper: "field", plus the error (or warning) modifier. -->
  <xsl:template name="form-field-class">
    <xsl:param name="errors"/>
    <xsl:param name="warnings"/>
    <xsl:text>field</xsl:text>
    <xsl:if test="$errors"> field--error</xsl:if>
    <xsl:if test="$warnings and not($errors)"> field--warning</xsl:if>
  </xsl:template>

  <!-- The ids of a field's hint, error and warning, for aria-describedby. -->
  <xsl:template name="form-describedby">
    <xsl:param name="name"/>
    <xsl:param name="hint"/>
    <xsl:param name="errors"/>
    <xsl:param name="warnings"/>
    <xsl:variable name="ids">
      <xsl:if test="$hint != ''"><xsl:value-of select="concat($name, '-hint ')"/></xsl:if>
      <xsl:if test="$errors"><xsl:value-of select="concat($name, '-error ')"/></xsl:if>
      <xsl:if test="$warnings"><xsl:value-of select="concat($name, '-warning')"/></xsl:if>
    </xsl:variable>
    <xsl:value-of select="normalize-space($ids)"/>
  </xsl:template>

  <!-- Hint, then the field's errors, then its warnings: between label and control. -->
  <xsl:template name="form-messages">
    <xsl:param name="name"/>
    <xsl:param name="hint"/>
    <xsl:param name="errors"/>
    <xsl:param name="warnings"/>
    <xsl:if test="$hint != ''">
      <p class="hint" id="{$name}-hint"><xsl:value-of select="t:msg($hint)"/></p>
    </xsl:if>
    <xsl:if test="$errors">
      <p class="field-error" id="{$name}-error">
        <xsl:for-each select="$errors">
          <xsl:if test="position() > 1"><xsl:text> </xsl:text></xsl:if>
          <xsl:value-of select="."/>
        </xsl:for-each>
      </p>
    </xsl:if>
    <xsl:if test="$warnings">
      <p class="field-warning" id="{$name}-warning">
        <xsl:for-each select="$warnings">
          <xsl:if test="position() > 1"><xsl:text> </xsl:text></xsl:if>
          <xsl:value-of select="."/>
        </xsl:for-each>
      </p>
    </xsl:if>
  </xsl:template>

  <!-- A label or legend text, with " *" when the field is required. -->
  <xsl:template name="form-label-text">
    <xsl:param name="label"/>
    <xsl:param name="required"/>
    <xsl:value-of select="t:msg($label)"/>
    <xsl:if test="$required = 1">
      <xsl:text> </xsl:text><span class="required-mark">*</span>
    </xsl:if>
  </xsl:template>

  <!-- ===== Controls ===== -->

  <!--
    A text field: label, hint, error and warning, input.
    $name       field name and id; the value comes from form/v[@name=$name]
    $label      catalogue key of the label; $hint: key of the hint ('' none)
    $width      '' (full) or a width class suffix: 4, 10, 20 (characters)
    $inputmode, $autocomplete, $type ('text'), $maxlength: input attributes
    $required   1 (default): " *" and aria-required; 0: optional
    $alias      another message field whose errors show here ('' none)
  -->
  <xsl:template name="form-text">
    <xsl:param name="name"/>
    <xsl:param name="label"/>
    <xsl:param name="hint" select="''"/>
    <xsl:param name="width" select="''"/>
    <xsl:param name="inputmode" select="''"/>
    <xsl:param name="autocomplete" select="''"/>
    <xsl:param name="type" select="'text'"/>
    <xsl:param name="maxlength" select="''"/>
    <xsl:param name="required" select="1"/>
    <xsl:param name="spellcheck" select="''"/>
    <xsl:param name="alias" select="''"/>
    <xsl:variable name="f" select="/page/content/form"/>
    <xsl:variable name="errors" select="$f/error[@field = $name or ($alias != '' and @field = $alias)]"/>
    <xsl:variable name="warnings" select="$f/warning[@field = $name or ($alias != '' and @field = $alias)]"/>
    <xsl:variable name="describedby">
      <xsl:call-template name="form-describedby">
        <xsl:with-param name="name" select="$name"/>
        <xsl:with-param name="hint" select="$hint"/>
        <xsl:with-param name="errors" select="$errors"/>
        <xsl:with-param name="warnings" select="$warnings"/>
      </xsl:call-template>
    </xsl:variable>
    <div>
      <xsl:attribute name="class">
        <xsl:call-template name="form-field-class">
          <xsl:with-param name="errors" select="$errors"/>
          <xsl:with-param name="warnings" select="$warnings"/>
        </xsl:call-template>
      </xsl:attribute>
      <label for="{$name}">
        <xsl:call-template name="form-label-text">
          <xsl:with-param name="label" select="$label"/>
          <xsl:with-param name="required" select="$required"/>
        </xsl:call-template>
      </label>
      <xsl:call-template name="form-messages">
        <xsl:with-param name="name" select="$name"/>
        <xsl:with-param name="hint" select="$hint"/>
        <xsl:with-param name="errors" select="$errors"/>
        <xsl:with-param name="warnings" select="$warnings"/>
      </xsl:call-template>
      <input type="{$type}" id="{$name}" name="{$name}" value="{$f/v[@name = $name]}">
        <xsl:attribute name="class">
          <xsl:text>input</xsl:text>
          <xsl:if test="$width != ''"><xsl:value-of select="concat(' input-w', $width)"/></xsl:if>
          <xsl:if test="$errors"> input--error</xsl:if>
        </xsl:attribute>
        <xsl:if test="$inputmode != ''"><xsl:attribute name="inputmode"><xsl:value-of select="$inputmode"/></xsl:attribute></xsl:if>
        <xsl:if test="$autocomplete != ''"><xsl:attribute name="autocomplete"><xsl:value-of select="$autocomplete"/></xsl:attribute></xsl:if>
        <xsl:if test="$maxlength != ''"><xsl:attribute name="maxlength"><xsl:value-of select="$maxlength"/></xsl:attribute></xsl:if>
        <xsl:if test="$spellcheck != ''"><xsl:attribute name="spellcheck"><xsl:value-of select="$spellcheck"/></xsl:attribute></xsl:if>
        <xsl:if test="$required = 1"><xsl:attribute name="aria-required">true</xsl:attribute></xsl:if>
        <xsl:if test="$errors"><xsl:attribute name="aria-invalid">true</xsl:attribute></xsl:if>
        <xsl:if test="$describedby != ''"><xsl:attribute name="aria-describedby"><xsl:value-of select="$describedby"/></xsl:attribute></xsl:if>
      </input>
    </div>
  </xsl:template>

  <!-- A multi-line text field; parameters as for form-text, $rows its height. -->
  <xsl:template name="form-textarea">
    <xsl:param name="name"/>
    <xsl:param name="label"/>
    <xsl:param name="hint" select="''"/>
    <xsl:param name="maxlength" select="''"/>
    <xsl:param name="required" select="1"/>
    <xsl:param name="rows" select="5"/>
    <xsl:variable name="f" select="/page/content/form"/>
    <xsl:variable name="errors" select="$f/error[@field = $name]"/>
    <xsl:variable name="describedby">
      <xsl:call-template name="form-describedby">
        <xsl:with-param name="name" select="$name"/>
        <xsl:with-param name="hint" select="$hint"/>
        <xsl:with-param name="errors" select="$errors"/>
        <xsl:with-param name="warnings" select="/.."/>
      </xsl:call-template>
    </xsl:variable>
    <div>
      <xsl:attribute name="class">
        <xsl:call-template name="form-field-class">
          <xsl:with-param name="errors" select="$errors"/>
          <xsl:with-param name="warnings" select="/.."/>
        </xsl:call-template>
      </xsl:attribute>
      <label for="{$name}">
        <xsl:call-template name="form-label-text">
          <xsl:with-param name="label" select="$label"/>
          <xsl:with-param name="required" select="$required"/>
        </xsl:call-template>
      </label>
      <xsl:call-template name="form-messages">
        <xsl:with-param name="name" select="$name"/>
        <xsl:with-param name="hint" select="$hint"/>
        <xsl:with-param name="errors" select="$errors"/>
        <xsl:with-param name="warnings" select="/.."/>
      </xsl:call-template>
      <textarea id="{$name}" name="{$name}" rows="{$rows}">
        <xsl:attribute name="class">
          <xsl:text>textarea</xsl:text>
          <xsl:if test="$errors"> input--error</xsl:if>
        </xsl:attribute>
        <xsl:if test="$maxlength != ''"><xsl:attribute name="maxlength"><xsl:value-of select="$maxlength"/></xsl:attribute></xsl:if>
        <xsl:if test="$required = 1"><xsl:attribute name="aria-required">true</xsl:attribute></xsl:if>
        <xsl:if test="$errors"><xsl:attribute name="aria-invalid">true</xsl:attribute></xsl:if>
        <xsl:if test="$describedby != ''"><xsl:attribute name="aria-describedby"><xsl:value-of select="$describedby"/></xsl:attribute></xsl:if>
        <xsl:value-of select="$f/v[@name = $name]"/>
      </textarea>
    </div>
  </xsl:template>

  <!--
    A group of radios in a fieldset whose legend is the question.
    $options  the codes, separated by spaces ('cohabitant isolated head')
    $prefix   the catalogue key of an option is concat($prefix, code)
    $inline   1: the options side by side (yes/no)
    Other parameters as for form-text.
  -->
  <xsl:template name="form-radios">
    <xsl:param name="name"/>
    <xsl:param name="legend"/>
    <xsl:param name="hint" select="''"/>
    <xsl:param name="options"/>
    <xsl:param name="prefix"/>
    <xsl:param name="inline" select="0"/>
    <xsl:param name="required" select="1"/>
    <xsl:param name="alias" select="''"/>
    <xsl:variable name="f" select="/page/content/form"/>
    <xsl:variable name="errors" select="$f/error[@field = $name or ($alias != '' and @field = $alias)]"/>
    <xsl:variable name="warnings" select="$f/warning[@field = $name or ($alias != '' and @field = $alias)]"/>
    <xsl:variable name="describedby">
      <xsl:call-template name="form-describedby">
        <xsl:with-param name="name" select="$name"/>
        <xsl:with-param name="hint" select="$hint"/>
        <xsl:with-param name="errors" select="$errors"/>
        <xsl:with-param name="warnings" select="$warnings"/>
      </xsl:call-template>
    </xsl:variable>
    <div>
      <xsl:attribute name="class">
        <xsl:call-template name="form-field-class">
          <xsl:with-param name="errors" select="$errors"/>
          <xsl:with-param name="warnings" select="$warnings"/>
        </xsl:call-template>
      </xsl:attribute>
      <fieldset class="fieldset">
        <xsl:if test="$describedby != ''">
          <xsl:attribute name="aria-describedby"><xsl:value-of select="$describedby"/></xsl:attribute>
        </xsl:if>
        <legend class="legend">
          <xsl:call-template name="form-label-text">
            <xsl:with-param name="label" select="$legend"/>
            <xsl:with-param name="required" select="$required"/>
          </xsl:call-template>
        </legend>
        <xsl:call-template name="form-messages">
          <xsl:with-param name="name" select="$name"/>
          <xsl:with-param name="hint" select="$hint"/>
          <xsl:with-param name="errors" select="$errors"/>
          <xsl:with-param name="warnings" select="$warnings"/>
        </xsl:call-template>
        <div>
          <xsl:attribute name="class">
            <xsl:text>radios</xsl:text>
            <xsl:if test="$inline = 1"> radios-inline</xsl:if>
          </xsl:attribute>
          <xsl:call-template name="form-radio-items">
            <xsl:with-param name="name" select="$name"/>
            <xsl:with-param name="codes" select="normalize-space($options)"/>
            <xsl:with-param name="prefix" select="$prefix"/>
            <xsl:with-param name="value" select="string($f/v[@name = $name])"/>
            <xsl:with-param name="invalid" select="boolean($errors)"/>
          </xsl:call-template>
        </div>
      </fieldset>
    </div>
  </xsl:template>

  <!-- The radios of form-radios, one code at a time. -->
  <xsl:template name="form-radio-items">
    <xsl:param name="name"/>
    <xsl:param name="codes"/>
    <xsl:param name="prefix"/>
    <xsl:param name="value"/>
    <xsl:param name="invalid"/>
    <xsl:param name="index" select="1"/>
    <xsl:if test="$codes != ''">
      <xsl:variable name="code" select="substring-before(concat($codes, ' '), ' ')"/>
      <xsl:variable name="id">
        <xsl:choose>
          <xsl:when test="$index = 1"><xsl:value-of select="$name"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="concat($name, '-', $index)"/></xsl:otherwise>
        </xsl:choose>
      </xsl:variable>
      <div class="radio">
        <input type="radio" id="{$id}" name="{$name}" value="{$code}">
          <xsl:if test="$code = $value"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if>
          <xsl:if test="$invalid"><xsl:attribute name="aria-invalid">true</xsl:attribute></xsl:if>
        </input>
        <label for="{$id}"><xsl:value-of select="t:msg(concat($prefix, $code))"/></label>
      </div>
      <xsl:call-template name="form-radio-items">
        <xsl:with-param name="name" select="$name"/>
        <xsl:with-param name="codes" select="substring-after($codes, ' ')"/>
        <xsl:with-param name="prefix" select="$prefix"/>
        <xsl:with-param name="value" select="$value"/>
        <xsl:with-param name="invalid" select="$invalid"/>
        <xsl:with-param name="index" select="$index + 1"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!--
    A select: label, hint, messages, then the options.
    $empty  catalogue key of a first option with an empty value ('' none)
    Other parameters as for form-radios.
  -->
  <xsl:template name="form-select">
    <xsl:param name="name"/>
    <xsl:param name="label"/>
    <xsl:param name="hint" select="''"/>
    <xsl:param name="options"/>
    <xsl:param name="prefix"/>
    <xsl:param name="empty" select="''"/>
    <xsl:param name="required" select="1"/>
    <xsl:param name="alias" select="''"/>
    <xsl:variable name="f" select="/page/content/form"/>
    <xsl:variable name="errors" select="$f/error[@field = $name or ($alias != '' and @field = $alias)]"/>
    <xsl:variable name="warnings" select="$f/warning[@field = $name or ($alias != '' and @field = $alias)]"/>
    <xsl:variable name="describedby">
      <xsl:call-template name="form-describedby">
        <xsl:with-param name="name" select="$name"/>
        <xsl:with-param name="hint" select="$hint"/>
        <xsl:with-param name="errors" select="$errors"/>
        <xsl:with-param name="warnings" select="$warnings"/>
      </xsl:call-template>
    </xsl:variable>
    <div>
      <xsl:attribute name="class">
        <xsl:call-template name="form-field-class">
          <xsl:with-param name="errors" select="$errors"/>
          <xsl:with-param name="warnings" select="$warnings"/>
        </xsl:call-template>
      </xsl:attribute>
      <label for="{$name}">
        <xsl:call-template name="form-label-text">
          <xsl:with-param name="label" select="$label"/>
          <xsl:with-param name="required" select="$required"/>
        </xsl:call-template>
      </label>
      <xsl:call-template name="form-messages">
        <xsl:with-param name="name" select="$name"/>
        <xsl:with-param name="hint" select="$hint"/>
        <xsl:with-param name="errors" select="$errors"/>
        <xsl:with-param name="warnings" select="$warnings"/>
      </xsl:call-template>
      <select id="{$name}" name="{$name}" class="select">
        <xsl:if test="$required = 1"><xsl:attribute name="aria-required">true</xsl:attribute></xsl:if>
        <xsl:if test="$errors"><xsl:attribute name="aria-invalid">true</xsl:attribute></xsl:if>
        <xsl:if test="$describedby != ''"><xsl:attribute name="aria-describedby"><xsl:value-of select="$describedby"/></xsl:attribute></xsl:if>
        <xsl:if test="$empty != ''">
          <option value=""><xsl:value-of select="t:msg($empty)"/></option>
        </xsl:if>
        <xsl:call-template name="form-select-options">
          <xsl:with-param name="codes" select="normalize-space($options)"/>
          <xsl:with-param name="prefix" select="$prefix"/>
          <xsl:with-param name="value" select="string($f/v[@name = $name])"/>
        </xsl:call-template>
      </select>
    </div>
  </xsl:template>

  <xsl:template name="form-select-options">
    <xsl:param name="codes"/>
    <xsl:param name="prefix"/>
    <xsl:param name="value"/>
    <xsl:if test="$codes != ''">
      <xsl:variable name="code" select="substring-before(concat($codes, ' '), ' ')"/>
      <option value="{$code}">
        <xsl:if test="$code = $value"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
        <xsl:value-of select="t:msg(concat($prefix, $code))"/>
      </option>
      <xsl:call-template name="form-select-options">
        <xsl:with-param name="codes" select="substring-after($codes, ' ')"/>
        <xsl:with-param name="prefix" select="$prefix"/>
        <xsl:with-param name="value" select="$value"/>
      </xsl:call-template>
    </xsl:if>
  </xsl:template>

  <!--
    One checkbox with its label to the right; the error above it. Checked
    when form/v[@name=$name] equals $value.
  -->
  <xsl:template name="form-checkbox">
    <xsl:param name="name"/>
    <xsl:param name="label"/>
    <xsl:param name="hint" select="''"/>
    <xsl:param name="value" select="'1'"/>
    <xsl:param name="required" select="0"/>
    <xsl:param name="alias" select="''"/>
    <xsl:variable name="f" select="/page/content/form"/>
    <xsl:variable name="errors" select="$f/error[@field = $name or ($alias != '' and @field = $alias)]"/>
    <xsl:variable name="warnings" select="$f/warning[@field = $name or ($alias != '' and @field = $alias)]"/>
    <xsl:variable name="describedby">
      <xsl:call-template name="form-describedby">
        <xsl:with-param name="name" select="$name"/>
        <xsl:with-param name="hint" select="$hint"/>
        <xsl:with-param name="errors" select="$errors"/>
        <xsl:with-param name="warnings" select="$warnings"/>
      </xsl:call-template>
    </xsl:variable>
    <div>
      <xsl:attribute name="class">
        <xsl:call-template name="form-field-class">
          <xsl:with-param name="errors" select="$errors"/>
          <xsl:with-param name="warnings" select="$warnings"/>
        </xsl:call-template>
      </xsl:attribute>
      <xsl:call-template name="form-messages">
        <xsl:with-param name="name" select="$name"/>
        <xsl:with-param name="hint" select="''"/>
        <xsl:with-param name="errors" select="$errors"/>
        <xsl:with-param name="warnings" select="$warnings"/>
      </xsl:call-template>
      <div class="checkbox">
        <input type="checkbox" id="{$name}" name="{$name}" value="{$value}">
          <xsl:if test="$f/v[@name = $name] = $value"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if>
          <xsl:if test="$required = 1"><xsl:attribute name="aria-required">true</xsl:attribute></xsl:if>
          <xsl:if test="$errors"><xsl:attribute name="aria-invalid">true</xsl:attribute></xsl:if>
          <xsl:if test="$describedby != ''"><xsl:attribute name="aria-describedby"><xsl:value-of select="$describedby"/></xsl:attribute></xsl:if>
        </input>
        <label for="{$name}">
          <xsl:call-template name="form-label-text">
            <xsl:with-param name="label" select="$label"/>
            <xsl:with-param name="required" select="$required"/>
          </xsl:call-template>
        </label>
      </div>
      <xsl:if test="$hint != ''">
        <p class="hint checkbox-hint" id="{$name}-hint"><xsl:value-of select="t:msg($hint)"/></p>
      </xsl:if>
    </div>
  </xsl:template>
</xsl:stylesheet>
