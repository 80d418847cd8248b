package org.dateline.extract.html;

import org.dateline.extract.Article;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The DOM body extraction on cut-down real pages (see src/test/resources/htmltests/README.md). */
class ContentExtractorTest {

    private final ContentExtractor extractor = new ContentExtractor();

    private static Document fixture(String name, String url) throws IOException {
        try (InputStream in = ContentExtractorTest.class.getResourceAsStream("/htmltests/" + name)) {
            assertThat(in).as("fixture %s", name).isNotNull();
            return Jsoup.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), url);
        }
    }

    @Test
    void wordpressPostKeepsTheArticleAndDropsCommentsAndRelatedPosts() throws IOException {
        Document doc = fixture("wordpress-blog-with-comments.html",
                "https://thebigbone.wordpress.com/2017/04/13/die-ueberforderung-durch-ueberangebote/");
        ContentExtractor.Body body = extractor.extract(doc, "Die Überforderung durch Überangebote");
        String text = body.text();
        // the gold segments of extraction-dev for this page
        assertThat(text).contains("Bist du auch schon mal die Regale im Supermarkt",
                "Wir sind die Opfer einer Gesellschaft", "Die Beschleunigung im Privaten liegt");
        assertThat(text).doesNotContain("Gib deine E-Mail-Adresse ein", "Kommentare zu", "Ähnliche Beiträge");
        // the post's category "Kommentare" is a taxonomy class, not a comment section
        assertThat(text).contains("Überangebot überfordert uns immer mehr");
        // the headline is not part of the body; paragraphs are separated by a blank line
        assertThat(text).doesNotStartWith("Die Überforderung durch Überangebote");
        assertThat(text.split("\n\n")).hasSizeGreaterThan(5);
    }

    @Test
    void readMoreLinksBecomeRelatedAndLeaveTheText() throws IOException {
        String url = "https://www.9news.com.au/world/usa-jeffrey-epstein-documents-released-but-some-questions-remain-unanswered/141e61e9-8a07-42e4-a527-2f03f45e7ef0";
        Document doc = fixture("ninenews-2024-05-02-related.html", url);
        ContentExtractor.Body body = extractor.extract(doc,
                "Nearly 3000 pages of Jeffrey Epstein documents released, but some questions remain unanswered", url);
        assertThat(body.text()).startsWith("For nearly two decades, journalists, police detectives, FBI agents");
        assertThat(body.text()).contains("Versions of many of those records had already been made public");
        assertThat(body.text()).doesNotContain("READ MORE");
        assertThat(body.related()).extracting(Article.Link::title)
                .contains("Woman in her 90s found alive five days after Japan's deadly earthquake");
        assertThat(body.related()).allSatisfy(l -> assertThat(l.url()).startsWith("https://www.9news.com.au/"));
    }

    @Test
    void articleSplitOverCmsWidgetsIsKept() throws IOException {
        String url = "https://www.timeslive.co.za/sunday-times-daily/business/2025-05-21-2025-budget-30-sars-gets-r4bn-to-hire-army-of-debt-collectors/";
        Document doc = fixture("timeslive-2025-05-22-widgets.html", url);
        ContentExtractor.Body body = extractor.extract(doc, "BUDGET 3.0 | Sars gets R4bn to hire army of debt collectors", url);
        // "article-widget" is the CMS's name for the article's parts; the page also says "comments-enabled"
        assertThat(body.text()).contains("Finance minister Enoch Godongwana has allocated R4bn to the South African Revenue Service",
                "Allocations to the department of defence have been cut by R2bn");
        assertThat(body.text()).doesNotContain("Support independent journalism by subscribing");
    }

    @Test
    void chromeByClassRoleAndTagIsDropped() {
        String html = "<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
                + "<div class='cookie-banner'>We use cookies to improve your experience on this website, accept them all now.</div>"
                + "<main><article><h1>Storm hits the coast</h1><p class='byline'>By Jane Doe</p>"
                + "<p>A storm with winds of up to 150 km/h hit the northern coast on Monday, cutting power to thousands of homes.</p>"
                + "<div class='share-buttons'><a href='#'>Share on Facebook</a></div>"
                + "<h2>Schools closed</h2><p>Schools in three districts stayed closed, and officials asked residents to stay indoors until the evening.</p>"
                + "<ul><li>Route 1 closed</li><li>Route 9 closed</li></ul>"
                + "<figure><img src='a.jpg'><figcaption>Waves on the pier. Photo: Agency</figcaption></figure>"
                + "<p>Forecasters expect the wind to ease by Tuesday, although heavy rain may continue in the hills for several days.</p>"
                + "</article><section class='comments'><p>What a storm, I have never seen anything like it in all my life here.</p></section>"
                + "</main><aside><p>Most read: a very long sidebar text that is not part of this article at all, really.</p></aside>"
                + "<footer>Copyright 2024 The Daily Example. All rights reserved, every one of them.</footer></body></html>";
        ContentExtractor.Body body = extractor.extract(Parser.htmlParser().parseInput(html, "https://example.org/storm"),
                "Storm hits the coast");
        assertThat(body.text()).isEqualTo(String.join("\n\n",
                "A storm with winds of up to 150 km/h hit the northern coast on Monday, cutting power to thousands of homes.",
                "Schools closed",
                "Schools in three districts stayed closed, and officials asked residents to stay indoors until the evening.",
                "Route 1 closed", "Route 9 closed",
                "Forecasters expect the wind to ease by Tuesday, although heavy rain may continue in the hills for several days."));
    }

    @Test
    void aPageThatIsADiscussionKeepsItsPosts() {
        StringBuilder html = new StringBuilder("<body><h1>Cat loses fur every night</h1><div class='comment-list'>");
        for (int i = 0; i < 4; i++) {
            html.append("<div class='comment'><p class='comment-author'>user").append(i).append("</p>")
                    .append("<p>Post ").append(i).append(": our cat sleeps on the window sill and leaves a lot of fur there,")
                    .append(" so we brush him every evening and that seems to help a little.</p></div>");
        }
        html.append("</div></body>");
        ContentExtractor.Body body = extractor.extract(Jsoup.parse(html.toString()), "Cat loses fur every night");
        assertThat(body.text()).contains("Post 0: our cat sleeps", "Post 3: our cat sleeps");
    }

    @Test
    void aPaywallTeaserIsCompletedFromTheStatedArticleBody() {
        String first = "The city council approved the new budget on Tuesday after a debate that lasted most of the night.";
        String rest = "The plan raises spending on schools by four percent and on public transport by two percent.\n"
                + "Opposition members said the increases would have to be paid for with higher fees next year, and "
                + "they announced that they would ask the regional court to review two of the decisions.\n"
                + "The mayor said she expected the first projects to start in the spring, once the contracts are signed, "
                + "and that the council would report on the progress every three months until the end of the year.\n"
                + "Local business groups welcomed the transport spending, which they had asked for in a letter signed "
                + "by more than forty companies in the autumn, but warned against any rise in the trade tax.";
        String html = "<html><head><script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"articleBody\":\""
                + first + "\\n" + rest.replace("\n", "\\n") + "\"}</script></head><body><article><p>" + first
                + "</p><div class='paywall-prompt'>Subscribe to read the rest.</div></article></body></html>";
        ContentExtractor.Body body = extractor.extract(Jsoup.parse(html), null);
        assertThat(body.text()).startsWith(first).contains("The mayor said she expected the first projects");
        assertThat(body.text().split("\n\n")).hasSize(5);
    }

    @Test
    void embeddedPlayerInTheArticleIsMedia() {
        String html = "<body><article><p>The minister spoke to reporters on Monday about the budget and the new taxes that come with it.</p>"
                + "<iframe src='https://www.youtube.com/embed/abc123'></iframe>"
                + "<p>She said the measures would raise revenue without hurting households with lower incomes, as critics feared.</p>"
                + "</article></body>";
        ContentExtractor.Body body = extractor.extract(Jsoup.parse(html), null);
        assertThat(body.media()).containsExactly("video");
    }

    @Test
    void deepNestingDoesNotOverflow() {
        int depth = 200_000;
        StringBuilder sb = new StringBuilder(depth * 12 + 200);
        sb.append("<html><body>");
        for (int i = 0; i < depth; i++) {
            sb.append("<div>");
        }
        sb.append("<p>At the bottom of a very deep page there is still one paragraph of text, and it is found.</p>");
        for (int i = 0; i < depth; i++) {
            sb.append("</div>");
        }
        sb.append("</body></html>");
        ContentExtractor.Body body = extractor.extract(Jsoup.parse(sb.toString()), null);
        assertThat(body.text()).contains("it is found");
    }

    @Test
    void manyParagraphsAreAllKeptInOrder() {
        int n = 50_000;
        StringBuilder sb = new StringBuilder(n * 80);
        sb.append("<html><body><div class='content'>");
        for (int i = 0; i < n; i++) {
            sb.append("<p>Paragraph number ").append(i).append(" of a long page, with enough words to count as prose.</p>");
        }
        sb.append("</div></body></html>");
        ContentExtractor.Body body = extractor.extract(Jsoup.parse(sb.toString()), null);
        List<String> paragraphs = List.of(body.text().split("\n\n"));
        assertThat(paragraphs).hasSize(n);
        assertThat(paragraphs.get(n - 1)).startsWith("Paragraph number " + (n - 1) + " ");
    }

    @Test
    void classTokensAreReadAsConventions() {
        assertThat(ClassHints.ofName("entry-content") & ClassHints.ARTICLE).isNotZero();
        assertThat(ClassHints.ofName("article__body") & ClassHints.ARTICLE).isNotZero();
        assertThat(ClassHints.ofName("relatedPosts") & ClassHints.RELATED).isNotZero();
        assertThat(ClassHints.ofName("sharedaddy sd-sharing-enabled") & ClassHints.BOILER).isNotZero();
        // states and taxonomies are not regions
        assertThat(ClassHints.ofName("comments-enabled") & ClassHints.BOILER).isZero();
        assertThat(ClassHints.ofName("post type-post category-kommentare tag-social-media") & ClassHints.BOILER).isZero();
        assertThat(ClassHints.ofName("commentary-body") & ClassHints.COMMENTS).isZero();
        assertThat(ClassHints.of("screen-reader-text", "", "", "") & ClassHints.HIDDEN).isNotZero();
        assertThat(ClassHints.of("hidden-xs", "", "", "") & ClassHints.HIDDEN).isZero();
    }

    @Test
    void aDataTableKeepsEveryCellARowALine() {
        // smava.de (extraction-dev): a table of loan figures in the article; read cell by cell, the
        // figures were blocks of a few digits and were dropped. The surrounding prose is shortened.
        String html = """
                <html><body><article><h1>Privatkredit: Zinsen im Vergleich</h1>
                <p>Wie viel ein Privatkredit kostet, hängt von der Kreditsumme, der Laufzeit und dem effektiven Jahreszins ab, den die Bank verlangt.</p>
                <table class="table"> <tbody> <tr> <th>Kreditsumme</th> <th>Laufzeit</th> <th>effektiver Jahreszins</th> <th>monatliche Rate</th> <th>Zinsaufwand</th> </tr>
                <tr> <td>5.000 €</td> <td>36 Monate</td> <td>2,0 %</td> <td>143,17 €</td> <td>154,24 €</td> </tr>
                <tr> <td>10.000 €</td> <td>36 Monate</td> <td>2,0 %</td> <td>286,35 €</td> <td>308,48 €</td> </tr> </tbody> </table>
                <p>Wer die Laufzeit verkürzt, zahlt eine höhere monatliche Rate, aber insgesamt weniger Zinsen an die Bank, die den Kredit vergibt.</p>
                </article></body></html>""";
        String text = extractor.extract(Jsoup.parse(html, "https://www.smava.de/privatkredit/"), "Privatkredit: Zinsen im Vergleich").text();
        assertThat(text).contains("Kreditsumme\tLaufzeit\teffektiver Jahreszins\tmonatliche Rate\tZinsaufwand",
                "5.000 €\t36 Monate\t2,0 %\t143,17 €\t154,24 €", "10.000 €\t36 Monate\t2,0 %\t286,35 €\t308,48 €");
        assertThat(text.split("\n\n")).hasSize(5);
    }

    @Test
    void aLayoutTablesColumnsStayApart() {
        // an old page laid out in a table: a menu column and the article's column are not a row of data
        String html = """
                <html><body><table><tr><td><a href="/">Start</a><br><a href="/a">Archiv</a></td>
                <td><p>Der Gemeinderat hat am Dienstagabend beschlossen, die alte Schule am Marktplatz zu einem Bürgerhaus umzubauen, nach langem Streit.</p>
                <p>Die Kosten von 2,4 Millionen Euro trägt zur Hälfte das Land, das den Umbau aus seinem Programm für Ortskerne fördert, sagte der Bürgermeister.</p></td></tr></table></body></html>""";
        String text = extractor.extract(Jsoup.parse(html, "https://example.org/x"), null).text();
        assertThat(text).doesNotContain("\t").contains("Der Gemeinderat hat").contains("Die Kosten von 2,4 Millionen");
    }
}
