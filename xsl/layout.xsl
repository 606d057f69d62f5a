<?xml version="1.0" encoding="UTF-8"?>
<!--
  The shared layout of every page: head, skip link, header with the language
  switch, the seed's left menu, the signed-in person's header block, <main>
  and the footer. All visible text comes from the catalogues through t:msg.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:t="urn:x-breakatwork:i18n" exclude-result-prefixes="t">

  <!--
    The current path for the language links. A decoded path that a browser
    could read as another origin ("//host", "/\host", control characters)
    or that holds a query or fragment falls back to "/".
  -->
  <xsl:variable name="here">
    <xsl:variable name="p" select="/page/@path"/>
    <xsl:choose>
      <xsl:when test="starts-with($p, '/') and not(starts-with($p, '//'))
          and not(contains($p, '\')) and not(contains($p, '?')) and not(contains($p, '#'))
          and translate($p, '&#9;&#10;&#13;', '') = $p">
        <xsl:value-of select="$p"/>
      </xsl:when>
      <xsl:otherwise>/</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <!-- The menu item of the current page (a page module's mode="menu"), or empty. -->
  <xsl:variable name="current-menu">
    <xsl:apply-templates select="/page" mode="menu"/>
  </xsl:variable>

  <xsl:template match="/page">
    <html lang="{@lang}">
      <head>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title>
          <xsl:apply-templates select="." mode="title"/>
          <xsl:value-of select="concat(' – ', t:msg('site.name'), ' – ', t:msg('site.agency.short'))"/>
        </title>
        <link rel="stylesheet" href="/static/breakatwork.css"/>
      </head>
      <body>
        <a class="skip-link" href="#main"><xsl:value-of select="t:msg('skip.main')"/></a>
        <header class="site-header">
          <div class="site-header-inner">
            <p class="brand">
              <a class="service-name" href="/"><xsl:value-of select="t:msg('site.name')"/></a>
              <xsl:text> </xsl:text>
              <span class="agency"><xsl:value-of select="t:msg('site.agency')"/></span>
            </p>
            <nav class="lang-switch" aria-label="{t:msg('lang.nav')}">
              <ul>
                <xsl:call-template name="lang-link"><xsl:with-param name="code" select="'fr'"/></xsl:call-template>
                <xsl:call-template name="lang-link"><xsl:with-param name="code" select="'nl'"/></xsl:call-template>
                <xsl:call-template name="lang-link"><xsl:with-param name="code" select="'de'"/></xsl:call-template>
                <xsl:call-template name="lang-link"><xsl:with-param name="code" select="'en'"/></xsl:call-template>
              </ul>
            </nav>
          </div>
        </header>
        <div class="layout">
          <nav class="side-menu" aria-label="{t:msg('menu.nav')}">
            <ul>
              <xsl:choose>
                <!-- An ONEM agent works in the office's back office only. -->
                <xsl:when test="user/@role = 'agent'">
                  <xsl:call-template name="menu-item">
                    <xsl:with-param name="item" select="'onem'"/>
                    <xsl:with-param name="href" select="'/onem/'"/>
                  </xsl:call-template>
                </xsl:when>
                <xsl:otherwise>
                  <xsl:call-template name="menu-item">
                    <xsl:with-param name="item" select="'nouveau'"/>
                    <xsl:with-param name="href" select="'/nouveau'"/>
                  </xsl:call-template>
                  <xsl:call-template name="menu-item">
                    <xsl:with-param name="item" select="'breakatwork'"/>
                    <!-- A signed-in person's Break@Work is their home: what waits for them. -->
                    <xsl:with-param name="href" select="concat('/', substring('accueil', 1 + 7 * not(user)))"/>
                  </xsl:call-template>
                  <xsl:call-template name="menu-item">
                    <xsl:with-param name="item" select="'dossier'"/>
                    <xsl:with-param name="href" select="'/dossier'"/>
                  </xsl:call-template>
                  <xsl:call-template name="menu-item">
                    <xsl:with-param name="item" select="'attestations'"/>
                    <xsl:with-param name="href" select="'/attestations'"/>
                  </xsl:call-template>
                  <xsl:call-template name="menu-item">
                    <xsl:with-param name="item" select="'demandes'"/>
                    <xsl:with-param name="href" select="'/demandes'"/>
                  </xsl:call-template>
                  <xsl:call-template name="menu-item">
                    <xsl:with-param name="item" select="'annuler'"/>
                    <xsl:with-param name="href" select="'/annuler'"/>
                  </xsl:call-template>
                  <xsl:call-template name="menu-item">
                    <xsl:with-param name="item" select="'contact'"/>
                    <xsl:with-param name="href" select="'/contact'"/>
                  </xsl:call-template>
                  <xsl:call-template name="menu-item">
                    <xsl:with-param name="item" select="'pieces'"/>
                    <xsl:with-param name="href" select="'/pieces'"/>
                  </xsl:call-template>
                </xsl:otherwise>
              </xsl:choose>
              <xsl:if test="user">
                <li>
                  <form class="logout" method="post" action="/auth/logout">
                    <input type="hidden" name="csrf" value="{meta/csrf}"/>
                    <button type="submit"><xsl:value-of select="t:msg('menu.logout')"/></button>
                  </form>
                </li>
              </xsl:if>
            </ul>
          </nav>
          <main id="main" tabindex="-1">
            <xsl:apply-templates select="user[@role != 'agent']"/>
            <xsl:apply-templates select="." mode="main"/>
          </main>
        </div>
        <footer class="site-footer">
          <nav aria-label="{t:msg('footer.nav')}">
            <ul>
              <li><a href="/accessibilite"><xsl:value-of select="t:msg('footer.accessibility')"/></a></li>
              <li><a href="/cookies"><xsl:value-of select="t:msg('footer.cookies')"/></a></li>
              <li><a href="/vie-privee"><xsl:value-of select="t:msg('footer.privacy')"/></a></li>
              <li><a href="/contact-onem"><xsl:value-of select="t:msg('footer.contact')"/></a></li>
              <li><a href="/verification"><xsl:value-of select="t:msg('footer.verify')"/></a></li>
              <li><a href="{meta/source-url}"><xsl:value-of select="t:msg('footer.source')"/></a></li>
            </ul>
          </nav>
          <p class="licence"><xsl:value-of select="t:msg('footer.licence')"/></p>
        </footer>
      </body>
    </html>
  </xsl:template>

  <!-- One language of the switch, named in that language; the current one marked. -->
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

  <!-- One item of the left menu; text from the catalogue key menu.<item>. -->
  <xsl:template name="menu-item">
    <xsl:param name="item"/>
    <xsl:param name="href"/>
    <li>
      <a href="{$href}">
        <xsl:if test="$item = $current-menu">
          <xsl:attribute name="aria-current">page</xsl:attribute>
        </xsl:if>
        <xsl:value-of select="t:msg(concat('menu.', $item))"/>
      </a>
    </li>
  </xsl:template>

  <!-- The signed-in person's header block, above the page content. -->
  <xsl:template match="user">
    <div class="person">
      <p class="person-name"><xsl:value-of select="name"/></p>
      <dl>
        <xsl:if test="niss">
          <div><dt><xsl:value-of select="t:msg('person.niss')"/></dt><dd><xsl:value-of select="niss"/></dd></div>
        </xsl:if>
        <xsl:if test="phone">
          <div><dt><xsl:value-of select="t:msg('person.phone')"/></dt><dd><xsl:value-of select="phone"/></dd></div>
        </xsl:if>
        <xsl:if test="email">
          <div><dt><xsl:value-of select="t:msg('person.email')"/></dt><dd><xsl:value-of select="email"/></dd></div>
        </xsl:if>
      </dl>
      <p>
        <xsl:value-of select="t:msg('person.outdated')"/>
        <xsl:text> </xsl:text>
        <a href="/contact"><xsl:value-of select="t:msg('person.outdated.link')"/></a>
        <xsl:value-of select="t:msg('person.outdated.end')"/>
      </p>
    </div>
  </xsl:template>

  <!-- Pages outside the menu mark no item. -->
  <xsl:template match="page" mode="menu"/>

  <!-- A page id without its module is a programming error: fail the render. -->
  <xsl:template match="page" mode="title">
    <xsl:message terminate="yes">no page module for page id "<xsl:value-of select="@id"/>"</xsl:message>
  </xsl:template>
</xsl:stylesheet>
