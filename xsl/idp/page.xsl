<?xml version="1.0" encoding="UTF-8"?>
<!--
  csam-dev's pages: the key page of the seed ("S'identifier à
  l'administration en ligne"), the forms of the five keys, the signed-out
  page and the error page. Page ids: keys, mail, mail-code, app, simulated,
  logged-out, error. All visible text comes from i18n/<lang>.xml through
  t:msg; data is written with value-of or attribute templates only, so
  libxslt escapes it.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:t="urn:x-breakatwork:i18n" exclude-result-prefixes="t">
  <xsl:output method="html" encoding="UTF-8" doctype-system="about:legacy-compat" indent="no"/>

  <xsl:variable name="c" select="/page/content"/>

  <!-- Language links: a POST-only page falls back to the key page. -->
  <xsl:variable name="here">
    <xsl:choose>
      <xsl:when test="/page/@path = '/login/mail/code'">/login</xsl:when>
      <xsl:when test="starts-with(/page/@path, '/login')"><xsl:value-of select="/page/@path"/></xsl:when>
      <xsl:otherwise/>
    </xsl:choose>
  </xsl:variable>

  <xsl:template match="/page">
    <html lang="{@lang}">
      <head>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>
          <xsl:if test="$c/error"><xsl:value-of select="t:msg('title.error-prefix')"/></xsl:if>
          <xsl:apply-templates select="." mode="title"/>
          <xsl:value-of select="concat(' – ', t:msg('site.name'))"/>
        </title>
        <link rel="stylesheet" href="/csam-dev.css"/>
      </head>
      <body>
        <a class="skip-link" href="#main"><xsl:value-of select="t:msg('skip.main')"/></a>
        <header class="site-header">
          <p class="brand"><xsl:value-of select="t:msg('site.name')"/></p>
          <p class="dev-notice"><xsl:value-of select="t:msg('site.dev-notice')"/></p>
          <nav class="lang-switch" aria-label="{t:msg('lang.nav')}">
            <ul>
              <xsl:call-template name="lang-link"><xsl:with-param name="code" select="'fr'"/></xsl:call-template>
              <xsl:call-template name="lang-link"><xsl:with-param name="code" select="'nl'"/></xsl:call-template>
              <xsl:call-template name="lang-link"><xsl:with-param name="code" select="'de'"/></xsl:call-template>
              <xsl:call-template name="lang-link"><xsl:with-param name="code" select="'en'"/></xsl:call-template>
            </ul>
          </nav>
        </header>
        <main id="main" tabindex="-1">
          <xsl:apply-templates select="." mode="main"/>
        </main>
      </body>
    </html>
  </xsl:template>

  <xsl:template name="lang-link">
    <xsl:param name="code"/>
    <li>
      <a href="{$here}?lang={$code}" lang="{$code}" hreflang="{$code}">
        <xsl:if test="$code = /page/@lang">
          <xsl:attribute name="aria-current">true</xsl:attribute>
        </xsl:if>
        <xsl:value-of select="t:msg(concat('lang.', $code))"/>
      </a>
    </li>
  </xsl:template>

  <!-- The error summary of a form page, before its h1 content. -->
  <xsl:template name="error-summary">
    <xsl:param name="field"/>
    <xsl:if test="$c/error">
      <div class="error-summary" role="alert" aria-labelledby="error-summary-title">
        <h2 id="error-summary-title"><xsl:value-of select="t:msg('error.summary')"/></h2>
        <ul>
          <li><a href="#{$field}"><xsl:value-of select="t:msg($c/error)"/></a></li>
        </ul>
      </div>
    </xsl:if>
  </xsl:template>

  <xsl:template name="back-to-keys">
    <p class="back"><a href="/login"><xsl:value-of select="t:msg('keys.back')"/></a></p>
  </xsl:template>

  <!-- One key of the key page. -->
  <xsl:template name="key">
    <xsl:param name="href"/>
    <xsl:param name="name"/>
    <li class="key">
      <a href="{$href}">
        <strong><xsl:value-of select="t:msg('keys.identification')"/></strong>
        <xsl:text> </xsl:text>
        <span><xsl:value-of select="t:msg($name)"/></span>
      </a>
    </li>
  </xsl:template>

  <!-- keys: the seed's three groups, five keys. -->
  <xsl:template match="page[@id='keys']" mode="title">
    <xsl:value-of select="t:msg('keys.title')"/>
  </xsl:template>
  <xsl:template match="page[@id='keys']" mode="main">
    <h1><xsl:value-of select="t:msg('keys.title')"/></h1>
    <p class="lead"><xsl:value-of select="t:msg('keys.lead')"/></p>
    <section aria-labelledby="group-eid">
      <h2 id="group-eid"><xsl:value-of select="t:msg('keys.group.eid')"/></h2>
      <ul class="keys">
        <xsl:call-template name="key">
          <xsl:with-param name="href" select="'/login/eid'"/>
          <xsl:with-param name="name" select="'keys.eid'"/>
        </xsl:call-template>
        <xsl:call-template name="key">
          <xsl:with-param name="href" select="'/login/itsme'"/>
          <xsl:with-param name="name" select="'keys.itsme'"/>
        </xsl:call-template>
      </ul>
      <p><a href="https://www.itsme-id.com/"><xsl:value-of select="t:msg('keys.itsme.create')"/></a></p>
    </section>
    <section aria-labelledby="group-code">
      <h2 id="group-code"><xsl:value-of select="t:msg('keys.group.code')"/></h2>
      <ul class="keys">
        <xsl:call-template name="key">
          <xsl:with-param name="href" select="'/login/mail'"/>
          <xsl:with-param name="name" select="'keys.mail'"/>
        </xsl:call-template>
        <xsl:call-template name="key">
          <xsl:with-param name="href" select="'/login/app'"/>
          <xsl:with-param name="name" select="'keys.app'"/>
        </xsl:call-template>
      </ul>
    </section>
    <section aria-labelledby="group-eidas">
      <h2 id="group-eidas"><xsl:value-of select="t:msg('keys.group.eidas')"/></h2>
      <ul class="keys">
        <xsl:call-template name="key">
          <xsl:with-param name="href" select="'/login/eidas'"/>
          <xsl:with-param name="name" select="'keys.eidas'"/>
        </xsl:call-template>
      </ul>
    </section>
  </xsl:template>

  <!-- The user name and password fields of the mail and app keys. -->
  <xsl:template name="credentials">
    <div class="field">
      <label for="uid"><xsl:value-of select="t:msg('form.uid')"/></label>
      <input id="uid" name="uid" type="text" autocomplete="username" spellcheck="false"
          autocapitalize="none" value="{$c/form/@uid}">
        <xsl:if test="$c/error"><xsl:attribute name="aria-invalid">true</xsl:attribute></xsl:if>
      </input>
    </div>
    <div class="field">
      <label for="password"><xsl:value-of select="t:msg('form.password')"/></label>
      <input id="password" name="password" type="password" autocomplete="current-password"/>
    </div>
  </xsl:template>

  <xsl:template name="code-field">
    <div class="field">
      <label for="code"><xsl:value-of select="t:msg('form.code')"/></label>
      <p class="hint" id="code-hint"><xsl:value-of select="t:msg('form.code.hint')"/></p>
      <input id="code" name="code" type="text" inputmode="numeric" autocomplete="one-time-code"
          spellcheck="false" size="8" aria-describedby="code-hint">
        <xsl:if test="$c/error and /page/@id = 'mail-code'">
          <xsl:attribute name="aria-invalid">true</xsl:attribute>
        </xsl:if>
      </input>
    </div>
  </xsl:template>

  <!-- mail: step 1 of the e-mail key. -->
  <xsl:template match="page[@id='mail']" mode="title">
    <xsl:value-of select="t:msg('mail.title')"/>
  </xsl:template>
  <xsl:template match="page[@id='mail']" mode="main">
    <xsl:call-template name="back-to-keys"/>
    <xsl:call-template name="error-summary"><xsl:with-param name="field" select="'uid'"/></xsl:call-template>
    <h1><xsl:value-of select="t:msg('mail.title')"/></h1>
    <p><xsl:value-of select="t:msg('mail.lead')"/></p>
    <form method="post" action="/login/mail" novalidate="novalidate">
      <input type="hidden" name="csrf" value="{$c/form/@csrf}"/>
      <xsl:call-template name="credentials"/>
      <button type="submit" class="button"><xsl:value-of select="t:msg('form.next')"/></button>
    </form>
  </xsl:template>

  <!-- mail-code: step 2, the code sent by e-mail. -->
  <xsl:template match="page[@id='mail-code']" mode="title">
    <xsl:value-of select="t:msg('mail-code.title')"/>
  </xsl:template>
  <xsl:template match="page[@id='mail-code']" mode="main">
    <xsl:call-template name="back-to-keys"/>
    <xsl:call-template name="error-summary"><xsl:with-param name="field" select="'code'"/></xsl:call-template>
    <h1><xsl:value-of select="t:msg('mail-code.title')"/></h1>
    <xsl:if test="$c/email">
      <p>
        <xsl:value-of select="t:msg('mail-code.sent')"/>
        <xsl:text> </xsl:text>
        <strong><xsl:value-of select="$c/email"/></strong>
        <xsl:value-of select="t:msg('mail-code.sent.end')"/>
      </p>
    </xsl:if>
    <form method="post" action="/login/mail/code" novalidate="novalidate">
      <input type="hidden" name="csrf" value="{$c/form/@csrf}"/>
      <xsl:call-template name="code-field"/>
      <button type="submit" class="button"><xsl:value-of select="t:msg('form.login')"/></button>
    </form>
  </xsl:template>

  <!-- app: the mobile app key (TOTP). -->
  <xsl:template match="page[@id='app']" mode="title">
    <xsl:value-of select="t:msg('app.title')"/>
  </xsl:template>
  <xsl:template match="page[@id='app']" mode="main">
    <xsl:call-template name="back-to-keys"/>
    <xsl:call-template name="error-summary"><xsl:with-param name="field" select="'uid'"/></xsl:call-template>
    <h1><xsl:value-of select="t:msg('app.title')"/></h1>
    <p><xsl:value-of select="t:msg('app.lead')"/></p>
    <form method="post" action="/login/app" novalidate="novalidate">
      <input type="hidden" name="csrf" value="{$c/form/@csrf}"/>
      <xsl:call-template name="credentials"/>
      <xsl:call-template name="code-field"/>
      <button type="submit" class="button"><xsl:value-of select="t:msg('form.login')"/></button>
    </form>
  </xsl:template>

  <!-- simulated: eID, itsme and eIDAS, clearly labelled as simulations. -->
  <xsl:template match="page[@id='simulated']" mode="title">
    <xsl:value-of select="t:msg(concat('sim.', $c/@method, '.title'))"/>
  </xsl:template>
  <xsl:template match="page[@id='simulated']" mode="main">
    <xsl:call-template name="back-to-keys"/>
    <xsl:call-template name="error-summary"><xsl:with-param name="field" select="concat('p-', $c/person[1]/@uid)"/></xsl:call-template>
    <h1><xsl:value-of select="t:msg(concat('sim.', $c/@method, '.title'))"/></h1>
    <div class="notice" role="note">
      <p><strong><xsl:value-of select="t:msg('sim.notice.title')"/></strong></p>
      <p><xsl:value-of select="t:msg(concat('sim.', $c/@method, '.notice'))"/></p>
    </div>
    <form method="post" action="{/page/@path}" novalidate="novalidate">
      <input type="hidden" name="csrf" value="{$c/form/@csrf}"/>
      <fieldset>
        <legend><xsl:value-of select="t:msg('sim.legend')"/></legend>
        <xsl:for-each select="$c/person">
          <div class="radio">
            <input type="radio" name="uid" id="p-{@uid}" value="{@uid}"/>
            <label for="p-{@uid}">
              <xsl:value-of select="concat(given-name, ' ', family-name)"/>
              <xsl:text> – </xsl:text>
              <xsl:value-of select="@niss"/>
              <xsl:if test="@country">
                <xsl:value-of select="concat(' (', @country, ')')"/>
              </xsl:if>
            </label>
          </div>
        </xsl:for-each>
      </fieldset>
      <xsl:if test="not($c/person)">
        <p><xsl:value-of select="t:msg('sim.none')"/></p>
      </xsl:if>
      <button type="submit" class="button"><xsl:value-of select="t:msg('sim.confirm')"/></button>
    </form>
  </xsl:template>

  <!-- logged-out: after the end_session endpoint without a return address. -->
  <xsl:template match="page[@id='logged-out']" mode="title">
    <xsl:value-of select="t:msg('logout.title')"/>
  </xsl:template>
  <xsl:template match="page[@id='logged-out']" mode="main">
    <h1><xsl:value-of select="t:msg('logout.title')"/></h1>
    <p><xsl:value-of select="t:msg('logout.text')"/></p>
  </xsl:template>

  <!-- error: <content><error status="NNN">catalogue key</error></content>. -->
  <xsl:template match="page[@id='error']" mode="title">
    <xsl:value-of select="t:msg('error.title')"/>
  </xsl:template>
  <xsl:template match="page[@id='error']" mode="main">
    <h1><xsl:value-of select="t:msg('error.title')"/></h1>
    <p><xsl:value-of select="t:msg($c/error)"/></p>
    <p><xsl:value-of select="t:msg('error.next')"/></p>
  </xsl:template>
</xsl:stylesheet>
