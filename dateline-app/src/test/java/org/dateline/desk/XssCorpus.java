package org.dateline.desk;

import org.dateline.analyze.Analysis;
import org.dateline.extract.Article;
import org.dateline.record.Record;

import java.util.List;

/** Records whose every string is hostile markup: what a page could carry into the desk. */
final class XssCorpus {

    static final String SCRIPT = "<script>window.__xss=1;alert(1)</script>";
    static final String IMG = "<img src=x onerror=\"window.__xss=2;alert(2)\">";
    static final String SVG = "<svg onload=\"window.__xss=3;alert(3)\"><circle r=9></circle></svg>";
    static final String BREAK = "\"><img src=x onerror=alert(4) id=xss4>";
    static final String SINGLE = "' onmouseover='alert(5)' x='";
    static final String JS_URL = "javascript:alert(6)";
    static final String SPEAKER = "Evil\" onmouseover=\"alert(7)\" <script>alert(7)</script> Name";
    static final String ENTITY = "<b onclick=alert(8)>Acme</b>";
    static final String TITLE = "Headline " + SCRIPT + " " + BREAK;
    static final List<String> PAYLOADS = List.of(SCRIPT, IMG, SVG, BREAK, SINGLE, SPEAKER, ENTITY);

    private XssCorpus() {
    }

    static Record hostile() {
        String p1 = "Attack " + SCRIPT + " and " + IMG + " in the body, with " + ENTITY + " named.";
        String quoted = "We will " + SVG + " win " + BREAK;
        String p2 = "\u201c" + quoted + "\u201d said the man. " + SINGLE + " It is believed that " + IMG + " happened.";
        String text = p1 + "\n\n" + p2;
        int q = text.indexOf(quoted);
        int c = text.indexOf(SINGLE);
        Analysis an = new Analysis(
                List.of(new Analysis.Quote(quoted, "direct",
                                new Analysis.Speaker(SPEAKER, SPEAKER, "role " + SCRIPT, "org " + BREAK, "person"),
                                "said " + IMG, q, q + quoted.length()),
                        new Analysis.Quote(SINGLE, "indirect", new Analysis.Speaker(IMG, null, null, null, "unknown"),
                                SCRIPT, c, c + SINGLE.length())),
                List.of(new Analysis.Claim(IMG, 5, "about " + SCRIPT, "units " + BREAK, SPEAKER, SVG,
                        p1.indexOf(IMG), p1.indexOf(IMG) + IMG.length())),
                List.of(new Analysis.TimeExpression(SCRIPT, BREAK, p1.indexOf(SCRIPT), p1.indexOf(SCRIPT) + SCRIPT.length())),
                List.of(new Analysis.Entity(ENTITY, "organization " + SINGLE, List.of(SVG, BREAK), 2)),
                List.of("It is believed that " + IMG + " happened."));
        Article a = new Article("test/xss", JS_URL, "evil.example\"><script>alert(9)</script>", TITLE,
                "2016-03-20T10:00:00Z", null, List.of("Author " + IMG, SPEAKER), "en", "Standfirst " + SVG,
                List.of(SCRIPT), List.of(), text, List.of(new Article.Link(SCRIPT, JS_URL)));
        return new Record(a, an, null);
    }
}
