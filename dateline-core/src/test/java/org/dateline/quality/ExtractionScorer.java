package org.dateline.quality;

import com.fasterxml.jackson.databind.JsonNode;
import org.dateline.extract.Article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Java port of {@code shared/eval/score_extraction.py}, metric for metric, so the build can gate
 * on the same numbers the reference scorer prints (checked against it: see docs/quality.md).
 */
public final class ExtractionScorer {

    private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

    private long segTp;
    private long segFp;
    private long segFn;
    private final List<Double> bodyP = new ArrayList<>();
    private final List<Double> bodyR = new ArrayList<>();
    private int titleOk;
    private int titleN;
    private long authTp;
    private long authFp;
    private long authFn;
    private int dateOk;
    private int dateN;

    /** Scores one page; {@code pred} may be null (a missing prediction counts as empty). */
    public void add(JsonNode gold, Article pred) {
        String text = norm(pred == null ? "" : pred.text());
        if (gold.has("with")) {
            for (JsonNode s : gold.get("with")) {
                if (text.contains(norm(s.asText()))) {
                    segTp++;
                } else {
                    segFn++;
                }
            }
            if (gold.has("without")) {
                for (JsonNode s : gold.get("without")) {
                    if (text.contains(norm(s.asText()))) {
                        segFp++;
                    }
                }
            }
        }
        if (gold.hasNonNull("paragraphs") && !gold.get("paragraphs").isEmpty()) {
            List<String> parts = new ArrayList<>();
            if (gold.hasNonNull("summary")) {
                gold.get("summary").forEach(s -> parts.add(s.asText()));
            }
            gold.get("paragraphs").forEach(s -> parts.add(s.asText()));
            Map<List<String>, Integer> gs = shingles(String.join("\n", parts));
            Map<List<String>, Integer> ps = shingles(pred == null ? "" : pred.text());
            long tp = 0;
            long fp = 0;
            long fn = 0;
            for (Map.Entry<List<String>, Integer> e : ps.entrySet()) {
                int g = gs.getOrDefault(e.getKey(), 0);
                tp += Math.min(g, e.getValue());
                fp += Math.max(0, e.getValue() - g);
            }
            for (Map.Entry<List<String>, Integer> e : gs.entrySet()) {
                fn += Math.max(0, e.getValue() - ps.getOrDefault(e.getKey(), 0));
            }
            if (tp + fp > 0) {
                bodyP.add(fp == 0 ? 1.0 : (double) tp / (tp + fp));
            }
            if (tp + fn > 0) {
                bodyR.add(fn == 0 ? 1.0 : (double) tp / (tp + fn));
            }
        }
        if (gold.hasNonNull("title") && !gold.get("title").asText().isEmpty()) {
            titleN++;
            if (norm(pred == null ? null : pred.title()).equals(norm(gold.get("title").asText()))) {
                titleOk++;
            }
        }
        JsonNode ga = gold.has("authors") ? gold.get("authors") : gold.get("author");
        List<String> goldAuthors = new ArrayList<>();
        if (ga != null && ga.isTextual()) {
            for (String a : ga.asText().split(";")) {
                goldAuthors.add(a);
            }
        } else if (ga != null && ga.isArray()) {
            ga.forEach(a -> goldAuthors.add(a.asText()));
        }
        if (!goldAuthors.isEmpty()) {
            Set<String> gn = new HashSet<>();
            for (String a : goldAuthors) {
                if (!norm(a).isEmpty()) {
                    gn.add(norm(a).toLowerCase(Locale.ROOT));
                }
            }
            Set<String> pn = new HashSet<>();
            if (pred != null) {
                for (String a : pred.authors()) {
                    if (!norm(a).isEmpty()) {
                        pn.add(norm(a).toLowerCase(Locale.ROOT));
                    }
                }
            }
            for (String p : pn) {
                if (gn.contains(p)) {
                    authTp++;
                } else {
                    authFp++;
                }
            }
            for (String g : gn) {
                if (!pn.contains(g)) {
                    authFn++;
                }
            }
        }
        JsonNode gd = gold.hasNonNull("published") ? gold.get("published") : gold.get("date");
        if (gd != null && !gd.isNull() && !gd.asText().isEmpty()) {
            dateN++;
            String p = pred == null || pred.published() == null ? "" : pred.published();
            String g = gd.asText();
            if (p.substring(0, Math.min(10, p.length())).equals(g.substring(0, Math.min(10, g.length())))) {
                dateOk++;
            }
        }
    }

    public double segmentsF1() {
        return f1(segTp, segFp, segFn);
    }

    public double bodyF1() {
        double p = mean(bodyP);
        double r = mean(bodyR);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double title() {
        return titleN == 0 ? 0 : (double) titleOk / titleN;
    }

    public double authorsF1() {
        return f1(authTp, authFp, authFn);
    }

    public double date() {
        return dateN == 0 ? 0 : (double) dateOk / dateN;
    }

    public String summary() {
        return String.format(Locale.ROOT, "segments_F1=%.3f body_F1=%.3f title=%.3f date=%.3f authors_F1=%.3f",
                segmentsF1(), bodyF1(), title(), date(), authorsF1());
    }

    private static double f1(long tp, long fp, long fn) {
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double mean(List<Double> xs) {
        double s = 0;
        for (double x : xs) {
            s += x;
        }
        return xs.isEmpty() ? 0 : s / xs.size();
    }

    private static final Pattern SPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

    /** As Python's {@code re.sub(r"\\s+", " ", s).strip()}: Unicode white space. */
    static String norm(String s) {
        return s == null ? "" : SPACE.matcher(s).replaceAll(" ").strip();
    }

    static Map<List<String>, Integer> shingles(String text) {
        List<String> toks = new ArrayList<>();
        Matcher m = WORD.matcher(text == null ? "" : text);
        while (m.find()) {
            toks.add(m.group());
        }
        Map<List<String>, Integer> out = new HashMap<>();
        if (toks.isEmpty()) {
            return out;
        }
        if (toks.size() < 4) {
            out.put(List.copyOf(toks), 1);
            return out;
        }
        for (int i = 0; i + 4 <= toks.size(); i++) {
            out.merge(List.copyOf(toks.subList(i, i + 4)), 1, Integer::sum);
        }
        return out;
    }
}
