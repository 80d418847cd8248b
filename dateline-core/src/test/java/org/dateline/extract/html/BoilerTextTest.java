package org.dateline.extract.html;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Chrome wording rules on blocks as real pages have them. */
class BoilerTextTest {

    private final ContentExtractor extractor = new ContentExtractor();

    private static final String P1 = "<p>La fiscalía presentó el lunes nuevas pruebas contra el exdirector de la empresa estatal, "
            + "acusado de desviar fondos públicos durante tres años.</p>";
    private static final String P2 = "<p>El juez decidirá la próxima semana si mantiene la prisión preventiva, según informaron "
            + "fuentes del tribunal a los periodistas presentes.</p>";

    @Test
    void aLabelAndALinkAreAPromoInAnyLanguage() {
        String html = "<body><article>" + P1
                + "<p>LE PUEDE INTERESAR: <a href='/politica/otra-noticia'>La ficha del exdirector en el tribunal de Nueva York</a></p>"
                + "<p>FUNDA OLUNYE UDABA LAPHA | <a href='/izindaba/123'>Kuboshwe abahlanu besolwa ngokugwaza umfundi</a></p>"
                + P2 + "</article></body>";
        ContentExtractor.Body body = extractor.extract(Jsoup.parse(html), null, "https://example.com/a");
        assertThat(body.text()).contains("La fiscalía presentó", "El juez decidirá")
                .doesNotContain("LE PUEDE INTERESAR", "FUNDA OLUNYE");
        assertThat(body.related()).extracting(l -> l.title())
                .contains("La ficha del exdirector en el tribunal de Nueva York");
    }

    @Test
    void aSentenceEndingInALinkOrACitedAddressStays() {
        assertThat(BoilerText.isLabelledLink("Die Petition: www.openpetition.de", 31, 19)).isFalse();
        // more words outside the link than a label has
        String s = "The report says the agency knew of the risk: read the full findings";
        assertThat(BoilerText.isLabelledLink(s, 57, 22)).isFalse();
        assertThat(BoilerText.isLabelledLink("14:30 Uhr: Pressekonferenz", 23, 17)).isFalse();
        assertThat(BoilerText.isLabelledLink("MORE : The daily cartoon", 20, 16)).isTrue();
    }

    @Test
    void relatedLabelsWithATopicAreLabels() {
        assertThat(BoilerText.isRelatedLabel("Mehr zum Thema Gesundheit:")).isTrue();
        assertThat(BoilerText.isRelatedLabel("Weitere Beiträge aus der Kolumne:")).isTrue();
        assertThat(BoilerText.isRelatedLabel("Veja Também:")).isTrue();
        assertThat(BoilerText.isRelatedLabel("Weitere Beiträge zeigen, dass die Lage ernst ist.")).isFalse();
        assertThat(BoilerText.isRelatedLabel("Related")).isTrue();
        assertThat(BoilerText.isRelatedLabel("Relatedness of species")).isFalse();
        assertThat(BoilerText.isRelatedLabel("【関連記事】")).isTrue();
        // a report on a service is not a prompt; a long prompt speaks to its reader
        String lede = "Strava on Thursday announced a slew of new features at its annual event, as the company doubles down "
                + "on efforts to convert free users into paying subscribers, including a family plan, a dark mode for its app and new tools that weed out leaderboard cheats.";
        assertThat(Prompts.isPrompt(lede, lede.replace(" ", "").length())).isFalse();
        String ask = "Support our journalism: subscribe today and get unlimited access to every article on our website "
                + "and in the app, with the newsletter and the e-paper included, for just one euro in the first month.";
        assertThat(Prompts.isPrompt(ask, ask.replace(" ", "").length())).isTrue();
        assertThat(Prompts.isPrompt("Cek berita dan artikel yg lain di Google News dan ikuti WhatsApp channel kami", 70)).isTrue();
        assertThat(Prompts.isPrompt("Siguenos en Telegram, Instagram, Facebook y Twitter para recibir en directo todas las noticias", 90)).isTrue();
    }

    @Test
    void theKickerAboveTheHeadlineIsNotBody() {
        String html = "<body><article><div class='kicker'>Spionagedrehscheibe Schweiz</div><h1>Agents meet in Geneva again</h1>"
                + "<p>Foreign intelligence services have stepped up their activities in Geneva, the federal police said on Monday.</p>"
                + "<p>Officials counted more than a hundred suspected agents working under diplomatic cover in the city last year.</p>"
                + "</article></body>";
        ContentExtractor.Body body = extractor.extract(Jsoup.parse(html), "Agents meet in Geneva again");
        assertThat(body.text()).startsWith("Foreign intelligence services").doesNotContain("Spionagedrehscheibe");
    }

    @Test
    void theAuthorsBoxIsNotBody() {
        String html = "<body><article><h1>Water shortage hits the villages</h1><div class='entry-content'>"
                + "<p>Residents of three villages have been without running water for two weeks, the district council said.</p>"
                + "<p>Tankers bring water twice a day, but people say it is not enough for cooking, washing and their animals.</p>"
                + "<p>The council said the broken pump would be replaced by the end of the month at the latest.</p></div>"
                + "<div class='author-info'><div class='author-description'><p>The Times is the country's widely read "
                + "newspaper, published every Thursday and distributed throughout the country and abroad.</p></div></div>"
                + "</article></body>";
        ContentExtractor.Body body = extractor.extract(Jsoup.parse(html), "Water shortage hits the villages");
        assertThat(body.text()).contains("Residents of three villages", "broken pump").doesNotContain("widely read");
        // a WordPress author slug is not a region
        assertThat(ClassHints.ofName("author-jane-doe") & ClassHints.BOILER).isZero();
        assertThat(ClassHints.ofName("author-description") & ClassHints.BOILER).isNotZero();
        // a tag list is a tag list, not a WordPress tag's slug; a machine summary is not the story
        assertThat(ClassHints.ofName("tag-list") & ClassHints.META).isNotZero();
        assertThat(ClassHints.ofName("tag-wahlen") & ClassHints.META).isZero();
        assertThat(ClassHints.ofName("aiSummaryContent") & ClassHints.BOILER).isNotZero();
        assertThat(BoilerText.isCreditLine("Lest den Originalartikel auf Englisch hier.", 38)).isTrue();
        assertThat(BoilerText.isChrome("Kontakt:", 8)).isTrue();
        assertThat(BoilerText.isChrome("Über den Autor", 12)).isTrue();
        assertThat(BoilerText.isChrome("Kontakte zwischen den Parteien gab es keine.", 38)).isFalse();
    }

    @Test
    void aDescriptionBesideAPictureIsACaption() {
        String para = "<p>The regional government approved the plan for a new tram line on Tuesday, after two years of debate "
                + "about its route through the old town and the cost of the bridge.</p>";
        String html = "<body><article><h1>Tram line approved</h1>" + para
                + "<div class='picBox'><img src='tram.jpg'><p>A tram of the old type at the central station, 28 April 2023</p></div>"
                + para.replace("regional government", "city council").replace("Tuesday", "Monday")
                + para.replace("regional government", "transport authority").replace("Tuesday", "Friday")
                + "</article></body>";
        ContentExtractor.Body body = extractor.extract(Jsoup.parse(html), "Tram line approved");
        assertThat(body.text()).contains("The city council approved", "The transport authority approved")
                .doesNotContain("A tram of the old type");
    }

    @Test
    void aPictureElementIsAnImageForItsCaption() {
        String para = "<p>The older trams in the city carry their electronics on the roof, where the summer heat can shut "
                + "them down for hours, the transport company said on Tuesday.</p>";
        String html = "<body><article><h1>Trams and heat</h1>" + para
                + "<div class='contentimage'><div class='image-container'><picture><source srcset='tram.webp'>"
                + "<img src='tram.jpg'></picture></div><p>An old tram at the central station in the summer heat.</p></div>"
                + para.replace("Tuesday", "Monday") + para.replace("Tuesday", "Friday") + "</article></body>";
        ContentExtractor.Body body = extractor.extract(Jsoup.parse(html), "Trams and heat");
        assertThat(body.text()).contains("said on Friday").doesNotContain("An old tram at the central station");
    }

    @Test
    void textBesidePicturesIsKeptWhenItIsMostOfThePage() {
        StringBuilder html = new StringBuilder("<body><article><h1>Five cafés worth the walk</h1>");
        for (int i = 0; i < 5; i++) {
            html.append("<div class='item'><img src='cafe").append(i).append(".jpg'><p>Café number ").append(i)
                    .append(" serves its own roasts and a cake that changes every day, in a room full of old books.</p></div>");
        }
        html.append("</article></body>");
        ContentExtractor.Body body = extractor.extract(Jsoup.parse(html.toString()), "Five cafés worth the walk");
        assertThat(body.text()).contains("Café number 0 serves", "Café number 4 serves");
    }

    @Test
    void aRubyReadingIsTextWhenThePageGivesItsParentheses() {
        String lead = "大統領は３日夜、緊急談話を出し、野党が国政をまひさせているとして「非常戒厳」を宣言した。";
        String html = "<body><article><p>【ソウル】韓国の<ruby>尹錫悦<rp>（</rp><rt>ユンソンニョル</rt><rp>）</rp></ruby>" + lead
                + "</p><p>学習者向けの<ruby>漢字<rt>かんじ</rt></ruby>には読みがあり、" + lead + "</p></article></body>";
        ContentExtractor.Body body = extractor.extract(Jsoup.parse(html), null);
        assertThat(body.text()).contains("韓国の尹錫悦（ユンソンニョル）大統領は", "学習者向けの漢字には読み");
    }

    @Test
    void theBoxAroundAPromptGoesWithIt() {
        String para = "<p>The storm brought down trees across the region overnight, and the fire brigade was called out "
                + "more than two hundred times before the morning, a spokesman said.</p>";
        String html = "<body><article><h1>Storm night</h1>" + para + para.replace("storm", "wind").replace("trees", "roofs")
                + "<div class='offer'><p>Jetzt die App laden und Push-Nachrichten erhalten: Sie lesen gerade auf die zweitbeste Art!</p>"
                + "<ul><li>Mehr Lesekomfort auch für unterwegs</li><li>E-Paper und News in einer App</li></ul>"
                + "<p>Nein Danke. Weiter in dieser Ansicht.</p></div></article></body>";
        ContentExtractor.Body body = extractor.extract(Jsoup.parse(html), "Storm night");
        assertThat(body.text()).contains("The storm brought down trees", "The wind brought down roofs")
                .doesNotContain("Lesekomfort", "Nein Danke");
    }

    @Test
    void aHeadingAfterTheArticleIntroducesSomethingElse() {
        String para = "<p>The council voted on Tuesday to close the old bridge for repairs that will take most of the "
                + "summer, diverting traffic through the industrial estate.</p>";
        String teaser = "<p>Residents of the northern districts complained this week about the noise of the new "
                + "motorway, and the city promised to build a wall before the winter.</p>";
        String html = "<body><main><article><h1>Bridge closes for the summer</h1><div class='body'>" + para
                + para.replace("Tuesday", "Monday") + para.replace("Tuesday", "Friday") + "</div></article>"
                + "<section><h2>Noise complaints in the north</h2>" + teaser + "</section></main></body>";
        ContentExtractor.Body body = extractor.extract(Jsoup.parse(html), "Bridge closes for the summer");
        assertThat(body.text()).contains("The council voted on Friday").doesNotContain("Noise complaints in the north");
    }

    @Test
    void aTemplateWordForMetaOnTheArticleTextIsNotAMetaBox() {
        StringBuilder html = new StringBuilder("<body><article><h1>Goals</h1><div class='content-news-tag-selector'>");
        for (int i = 0; i < 4; i++) {
            html.append("<p>Striker number ").append(i).append(" scored again on Sunday and leads the table.</p>")
                    .append("<p>His team number ").append(i).append(" won the match three to one, and the coach praised")
                    .append(" the young defence after the game, which had conceded only twice in the last five matches.</p>");
        }
        html.append("</div></article></body>");
        ContentExtractor.Body body = extractor.extract(Jsoup.parse(html.toString()), "Goals");
        assertThat(body.text()).contains("Striker number 0 scored again", "Striker number 3 scored again");
    }

    @Test
    void theHeadlineWithItsKickerGluedOnIsStillTheHeadline() {
        String para = "<p>The central bank admitted on Friday that its supervisors had seen the risks at the lender "
                + "months before it collapsed, but had not acted quickly enough.</p>";
        String html = "<body><div class='head'><h2><span>Kollaps der Silicon Valley Bank</span><span>US-Notenbank räumt "
                + "Versäumnisse bei Aufsicht ein</span></h2></div><article>" + para + para.replace("Friday", "Monday")
                + "</article></body>";
        ContentExtractor.Body body = extractor.extract(Jsoup.parse(html), "US-Notenbank räumt Versäumnisse bei Aufsicht ein");
        assertThat(body.text()).startsWith("The central bank admitted").doesNotContain("Kollaps");
    }

    @Test
    void aStandfirstOfShortSentencesIsKeptWhole() {
        String para = "<p>The five pupils, all aged about eighteen, are suspected of having attacked other pupils at the "
                + "boarding school on several occasions last winter, according to the indictment.</p>";
        String html = "<body><div class='page'><h1>Pupils charged over night attacks</h1><div class='preamble'>"
                + "<p>Pupils at the private school broke into the dormitories at night and beat other pupils, prosecutors say.</p>"
                + "<p>They hit their classmates with belts.</p><p>Now five of them have been charged.</p></div>"
                + "<div class='article-body'>" + para + para.replace("last winter", "in the spring")
                + para.replace("last winter", "in the summer") + "</div></div></body>";
        ContentExtractor.Body body = extractor.extract(Jsoup.parse(html), "Pupils charged over night attacks");
        assertThat(body.text()).contains("broke into the dormitories", "They hit their classmates with belts.",
                "Now five of them have been charged.", "in the summer");
    }

    @Test
    void theDeckUnderTheHeadlineIsTheStandfirst() {
        String para = "<p>Hamas named its leader in Gaza as the head of its political bureau on Tuesday, a move that analysts "
                + "said would make a ceasefire agreement with Israel harder to reach.</p>";
        String html = "<body><div class='story'><header><h1>Hamas names new political chief</h1>"
                + "<h2 class='deck'>The appointment came days after his predecessor was killed</h2></header>"
                + "<div class='story-body'>" + para + para.replace("Tuesday", "Wednesday") + "</div></div></body>";
        ContentExtractor.Body body = extractor.extract(Jsoup.parse(html), "Hamas names new political chief");
        assertThat(body.text()).startsWith("The appointment came days after his predecessor was killed");
        assertThat(ClassHints.ofName("article__standfirst") & ClassHints.STANDFIRST).isNotZero();
    }

    @Test
    void aTemplatePlaceholderAloneIsChrome() {
        assertThat(BoilerText.isChrome("$$ARTICLEAD$$", 11)).isTrue();
        assertThat(BoilerText.isChrome("{{ ad_slot }}", 9)).isTrue();
        assertThat(BoilerText.isChrome("%%BANNER%%", 6)).isTrue();
        assertThat(BoilerText.isChrome("The fund paid $$ to the firm.", 22)).isFalse();
    }

    @Test
    void serverErrorTextIsNotProse() {
        assertThat(BoilerText.isServerError("Strict Standards: Redefining already defined constructor for class wpdb in "
                + "/www/htdocs/w0094d70/wp-includes/wp-db.php on line 56")).isTrue();
        assertThat(BoilerText.isServerError("Warning: mysql_connect(): Access denied for user 'x'@'localhost' in "
                + "/var/www/db.php on line 12")).isTrue();
        assertThat(BoilerText.isServerError("Deprecated: Assigning the return value of new by reference is deprecated in "
                + "/www/wp-includes/cache.php on line 36")).isTrue();
        assertThat(BoilerText.isServerError("Traceback (most recent call last):\n  File \"app.py\", line 3")).isTrue();
        assertThat(BoilerText.isServerError("java.lang.NullPointerException: x\n\tat org.example.Page.render(Page.java:42)")).isTrue();
        assertThat(BoilerText.isServerError("Warning: storms are expected in the north on Tuesday, forecasters said, "
                + "and trains may stop on line 5.")).isFalse();
        assertThat(BoilerText.isServerError("Notice: the library is closed on Monday.")).isFalse();
    }

    @Test
    void aPageThatPrintsPhpWarningsBeforeItsArticleKeepsOnlyTheArticle() {
        String html = "<br />\n<b>Strict Standards</b>:  Redefining already defined constructor for class wpdb in "
                + "<b>/www/htdocs/wp-includes/wp-db.php</b> on line <b>56</b><br />\n<br />\n<b>Deprecated</b>:  Assigning "
                + "the return value of new by reference is deprecated in <b>/www/htdocs/wp-includes/cache.php</b> on line "
                + "<b>36</b><br />\n<html><body><article>" + P1 + P2 + "</article></body></html>";
        ContentExtractor.Body body = extractor.extract(Jsoup.parse(html), null, "https://example.com/a");
        assertThat(body.text()).contains("La fiscalía presentó", "El juez decidirá")
                .doesNotContain("Strict Standards", "wp-db.php", "Deprecated");
    }
}
