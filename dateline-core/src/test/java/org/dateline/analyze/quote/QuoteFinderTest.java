package org.dateline.analyze.quote;

import org.dateline.analyze.Analysis.Quote;
import org.dateline.analyze.Analysis.Speaker;
import org.dateline.analyze.text.Text;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Quotations, reported speech and speakers in English: each convention and attribution position. */
class QuoteFinderTest {

    private static List<Quote> find(String text) {
        return new QuoteFinder("en").find(Text.of(text, "en"));
    }

    private static List<Quote> speech(String text) {
        return find(text).stream().filter(q -> !q.kind().equals("term")).toList();
    }

    /** The only quote of a kind; fails when there is none or several. */
    private static Quote only(List<Quote> quotes, String kind) {
        List<Quote> k = quotes.stream().filter(q -> q.kind().equals(kind)).toList();
        assertThat(k).as("%s quotes in %s", kind, quotes).hasSize(1);
        return k.get(0);
    }

    private static void offsetsPointAtTheText(String text, Quote q) {
        assertThat(q.start()).isGreaterThanOrEqualTo(0);
        assertThat(q.end()).isLessThanOrEqualTo(text.length());
        assertThat(text.substring(q.start(), q.end())).startsWith(q.text().substring(0, Math.min(12, q.text().length())));
    }

    // ---- attribution positions -----------------------------------------------------------------

    @Test
    void attributionAfterTheQuotation() {
        String t = "“We will not back down,” Senator Jane Smith said on Tuesday.";
        Quote q = only(speech(t), "direct");
        assertThat(q.text()).isEqualTo("We will not back down");
        assertThat(q.cue()).isEqualTo("said");
        assertThat(q.speaker().name()).isEqualTo("Jane Smith");
        assertThat(q.speaker().type()).isEqualTo("person");
        offsetsPointAtTheText(t, q);
    }

    @Test
    void invertedAttributionAfterTheQuotation() {
        Quote q = only(speech("“It is a fair deal,” said Alan Cole, an economist at the Tax Foundation."), "direct");
        assertThat(q.speaker().name()).isEqualTo("Alan Cole");
        assertThat(q.speaker().organization()).isEqualTo("Tax Foundation");
    }

    @Test
    void attributionBeforeTheQuotationWithAColon() {
        Quote q = only(speech("The minister told reporters on Monday: “The budget is balanced.”"), "direct");
        assertThat(q.text()).isEqualTo("The budget is balanced.");
        assertThat(q.speaker().mention()).isEqualTo("The minister");
        assertThat(q.speaker().role()).isEqualTo("minister");
    }

    @Test
    void attributionInsideTheQuotationJoinsTheTwoParts() {
        String t = "“Every time you say that,” Tester said, “you give ammunition to the people who want to break up the banks.”";
        Quote q = only(speech(t), "direct");
        assertThat(q.text()).isEqualTo("Every time you say that you give ammunition to the people who want to break up the banks.");
        assertThat(q.speaker().mention()).isEqualTo("Tester");
        offsetsPointAtTheText(t, q);
        // Each quoted fragment on its own, without the attribution between them.
        assertThat(q.spans()).extracting(f -> t.substring(f.start(), f.end()))
                .containsExactly("Every time you say that", "you give ammunition to the people who want to break up the banks.");
    }

    @Test
    void aQuotationContinuedInTheNextSentenceHasOneFragmentPerQuotedPart() {
        String t = "“I have been careful,” she said. “I do have a buffer of money in the bank.”";
        Quote q = only(speech(t), "direct");
        assertThat(q.spans()).extracting(f -> t.substring(f.start(), f.end()))
                .containsExactly("I have been careful", "I do have a buffer of money in the bank.");
        String one = "“We will not back down,” Senator Jane Smith said.";
        Quote single = only(speech(one), "direct");
        assertThat(single.spans()).hasSize(1);
        assertThat(one.substring(single.spans().get(0).start(), single.spans().get(0).end())).isEqualTo(single.text());
    }

    @Test
    void attributionInTheNextSentenceAfterAQuestion() {
        Quote q = only(speech("“How many times do we have to see this?” Clinton said. She left."), "direct");
        assertThat(q.speaker().mention()).isEqualTo("Clinton");
    }

    @Test
    void attributionAtTheEndOfThePreviousParagraph() {
        Quote q = only(speech("Mr. Jones said:\n\n“We have a situation in our cities that nobody can accept.”"), "direct");
        assertThat(q.speaker().name()).isEqualTo("Jones");
        assertThat(q.cue()).isEqualTo("said");
    }

    @Test
    void aQuotationOnlySentenceContinuesTheQuotationBeforeIt() {
        List<Quote> s = speech("“This is in their heads,” said Pat Caddell. “It is one of the things worrying them.”");
        Quote q = only(s, "direct");
        assertThat(q.text()).isEqualTo("This is in their heads It is one of the things worrying them.");
    }

    @Test
    void aQuotationParagraphContinuesThePreviousSpeaker() {
        String t = "“We are not going anywhere,” Mayor Ann Lee said.\n\nShe spoke for an hour.\n\n"
                + "“Our city will rebuild every single house that was lost in the fire.”";
        List<Quote> s = speech(t);
        assertThat(s).hasSize(2);
        assertThat(s.get(1).speaker().name()).isEqualTo("Ann Lee");
    }

    @Test
    void aQuotationOverSeveralParagraphsIsReopenedAndClosedOnlyAtTheEnd() {
        String t = "Smith said:\n\n“The first part of what I want to say is long.\n\n“The second part follows it.\n\n"
                + "“And this is the end of it.”\n\nThe meeting ended.";
        Quote q = only(speech(t), "direct");
        assertThat(q.text()).contains("first part").contains("second part").contains("end of it");
        assertThat(q.speaker().mention()).isEqualTo("Smith");
    }

    @Test
    void transcriptSpeakerTurns() {
        Quote q = only(speech("PENCE: Well, look, we will focus on the issues the American people care about."), "direct");
        assertThat(q.speaker().mention()).isEqualTo("PENCE");
        assertThat(q.cue()).isEqualTo(":");
    }

    // ---- partial quotations, titles, scare quotes ------------------------------------------------

    @Test
    void aLongPartialQuotationInsideReportedSpeechIsKeptWithTheStatement() {
        List<Quote> s = speech("John Kirby said on Tuesday, adding that it indicates that “they are struggling with "
                + "their ability to recruit and to retain manpower.”");
        Quote partial = only(s, "partial");
        assertThat(partial.text()).startsWith("they are struggling");
        assertThat(partial.cue()).isEqualTo("adding");
        assertThat(partial.speaker().name()).isEqualTo("John Kirby");
        Quote indirect = only(s, "indirect");
        assertThat(indirect.text()).startsWith("it indicates that");
    }

    @Test
    void titlesScareQuotesAndNicknamesAreNotSpeech() {
        List<Quote> q = find("The video titled “To the Son of Jews” shows a senior ‘instructor’ and the "
                + "“Cubs of the Caliphate” in camps, as the leaders opened a hunt on “infidels”.");
        assertThat(q).isNotEmpty().allMatch(x -> x.kind().equals("term"));
        assertThat(q).extracting(Quote::speaker).containsOnlyNulls();
    }

    // ---- reported speech -----------------------------------------------------------------------

    @Test
    void saidThat() {
        Quote q = only(speech("The Russian Defense Ministry reported that the air force had carried out 9000 sorties."),
                "indirect");
        assertThat(q.text()).isEqualTo("the air force had carried out 9000 sorties");
        assertThat(q.speaker().type()).isEqualTo("organization");
        assertThat(q.speaker().name()).isEqualTo("Russian Defense Ministry");
    }

    @Test
    void saidWithoutThat() {
        Quote q = only(speech("Richard Revesz said the suing states were exaggerating the reach of the agency."), "indirect");
        assertThat(q.text()).isEqualTo("the suing states were exaggerating the reach of the agency");
        assertThat(q.speaker().name()).isEqualTo("Richard Revesz");
    }

    @Test
    void accordingToBeforeAndAfter() {
        Quote before = only(speech("According to a new report, the number of refugees doubled last year."), "indirect");
        assertThat(before.cue()).isEqualTo("According to");
        assertThat(before.text()).isEqualTo("the number of refugees doubled last year");
        assertThat(before.speaker().type()).isEqualTo("document");
        Quote after = only(speech("Clinton leads Trump by four points, according to the poll."), "indirect");
        assertThat(after.text()).isEqualTo("Clinton leads Trump by four points");
    }

    @Test
    void toldReporters() {
        Quote q = only(speech("The governor told reporters that the bridge would reopen in May."), "indirect");
        assertThat(q.text()).isEqualTo("the bridge would reopen in May");
    }

    @Test
    void contentBeforeTheAttribution() {
        Quote q = only(speech("The administration may be reluctant to act while talks go on, Schiff said."), "indirect");
        assertThat(q.text()).isEqualTo("The administration may be reluctant to act while talks go on");
    }

    @Test
    void documentsArgue() {
        Quote q = only(speech("The report also argues that the techniques resemble those of the past."), "indirect");
        assertThat(q.speaker().type()).isEqualTo("document");
        assertThat(q.cue()).isEqualTo("argues");
    }

    @Test
    void passivesAndUnattributedClaimsAreNotSpeech() {
        assertThat(speech("It was reported that 400 children were abducted. Earlier reports surfaced that eight "
                + "fighters were executed.")).isEmpty();
    }

    @Test
    void nounsThatLookLikeVerbsAreNotCues() {
        assertThat(speech("She will tell more jokes. The two taped an hourlong show that aired on Thursday.")).isEmpty();
    }

    // ---- speakers ------------------------------------------------------------------------------

    @Test
    void rolesAndOrganisationsInTheMention() {
        Speaker s = only(speech("“Daesh is relying on child soldiers,” US State Department spokesman John Kirby said."),
                "direct").speaker();
        assertThat(s.mention()).isEqualTo("US State Department spokesman John Kirby");
        assertThat(s.name()).isEqualTo("John Kirby");
        assertThat(s.role()).isEqualTo("spokesman");
        assertThat(s.organization()).isEqualTo("US State Department");
    }

    @Test
    void possessiveOrganisation() {
        Speaker s = only(speech("The advance continues, according to Russia`s defense minister Sergey Shoigu."),
                "indirect").speaker();
        assertThat(s.name()).isEqualTo("Sergey Shoigu");
        assertThat(s.role()).isEqualTo("defense minister");
        assertThat(s.organization()).isEqualTo("Russia");
    }

    @Test
    void aSurnameResolvesToTheFullNameGivenEarlier() {
        List<Quote> s = speech("RT`s Gayane Chichakyan reports from Syria on the war.\n\n"
                + "“The use of minors shows how desperate they are,” says Chichakyan.");
        Quote q = only(s, "direct");
        assertThat(q.speaker().mention()).isEqualTo("Chichakyan");
        assertThat(q.speaker().name()).isEqualTo("Gayane Chichakyan");
        assertThat(q.speaker().organization()).isEqualTo("RT");
    }

    @Test
    void aPronounResolvesToTheLastPersonOfItsGender() {
        List<Quote> s = speech("Senator Maria Lopez met voters in Ohio on Monday.\n\n"
                + "“We will fix the roads before winter,” she said.");
        Quote q = only(s, "direct");
        assertThat(q.speaker().mention()).isEqualTo("she");
        assertThat(q.speaker().name()).isEqualTo("Maria Lopez");
    }

    @Test
    void theMinistryResolvesToTheMinistryNamedEarlier() {
        List<Quote> s = speech("The Russian Defense Ministry released new figures on Monday.\n\n"
                + "The ministry said that the campaign would go on until the spring.");
        Quote q = only(s, "indirect");
        assertThat(q.speaker().mention()).isEqualTo("The ministry");
        assertThat(q.speaker().name()).isEqualTo("Russian Defense Ministry");
        assertThat(q.speaker().type()).isEqualTo("organization");
    }

    @Test
    void theSpokesmanResolvesToThePersonWithThatRole() {
        List<Quote> s = speech("“We are watching closely,” spokesman John Kirby said.\n\n"
                + "The spokesman said that the talks would resume next week.");
        Quote q = only(s, "indirect");
        assertThat(q.speaker().name()).isEqualTo("John Kirby");
    }

    @Test
    void anUnnamedSpeakerKeepsItsMentionAndNoName() {
        Speaker s = only(speech("“They killed us and doubted us,” a man said in a video."), "direct").speaker();
        assertThat(s.mention()).isEqualTo("a man");
        assertThat(s.name()).isNull();
        assertThat(s.type()).isEqualTo("person");
    }

    @Test
    void aQuotationWithNobodyAroundHasNoSpeaker() {
        Quote q = only(speech("“Nothing will ever be the same again in this town.”"), "direct");
        assertThat(q.speaker()).isNull();
    }

    @Test
    void aCapitalisedRoleBeforeANameIsTheRoleAndTheRoleAloneFindsThePersonAgain() {
        List<Quote> qs = speech("US President Donald Trump said the alliance was weak. "
                + "Republican Secretary of State Jon Husted said the count was fair. "
                + "On Friday, the US President wrote: “They were not there when we needed them.”");
        Quote trump = qs.get(0);
        assertThat(trump.speaker().name()).isEqualTo("Donald Trump");
        assertThat(trump.speaker().role()).isEqualTo("president");
        assertThat(trump.speaker().organization()).isEqualTo("US");
        Quote husted = qs.get(1);
        assertThat(husted.speaker().name()).isEqualTo("Jon Husted");
        assertThat(husted.speaker().role()).isEqualTo("secretary of state");
        Quote later = only(qs, "direct");
        assertThat(later.speaker().mention()).isEqualTo("the US President");
        assertThat(later.speaker().name()).isEqualTo("Donald Trump");
    }

    // ---- reported speech without "that" and its speakers (sentences from quotes-dev) --------------

    @Test
    void speechActsAndEvidenceVerbsTakeANounPhraseOrAClauseWithoutThat() {
        Quote cited = only(speech("At Monday's presidential debate, Clinton cited disparaging remarks Trump had made "
                + "about Machado as examples of the Republican nominee's disrespect for women."), "indirect");
        assertThat(cited.cue()).isEqualTo("cited");
        assertThat(cited.text()).startsWith("disparaging remarks Trump had made");
        assertThat(cited.speaker().name()).isEqualTo("Clinton");
        Quote found = only(speech("Though his plan would dole out more than $4 trillion in tax cuts, one study found Trump "
                + "would actually raise taxes on 8 million low- and middle-income Americans."), "indirect");
        assertThat(found.text()).startsWith("Trump would actually raise taxes");
        assertThat(found.speaker().mention()).isEqualTo("one study");
        Quote named = only(speech("Trump has called climate change a hoax perpetrated by China."), "indirect");
        assertThat(named.text()).isEqualTo("climate change a hoax perpetrated by China");
    }

    @Test
    void phrasalVerbsAndNamingWithoutAPredicateAreNotSpeech() {
        assertThat(speech("The real Trump showed up at the debate on Monday night.")).isEmpty();
        assertThat(speech("The chairman called the hearing to order after a short delay.")).isEmpty();
        assertThat(speech("At his cookout, the band leader called Democratic bigwigs to the stage.")).isEmpty();
    }

    @Test
    void aNameSetOffByCommasBeforeTheVerbIsTheSpeaker() {
        Quote q = only(speech("A lawyer for the news outlets, David Schulz, said no immediate decision had been made "
                + "about whether to appeal."), "indirect");
        assertThat(q.speaker().name()).isEqualTo("David Schulz");
        assertThat(q.text()).startsWith("no immediate decision");
        Quote p = only(speech("Rep. Gregory W. Meeks (D-N.Y.), chairman of the Congressional Black Caucus PAC, said "
                + "members will help him raise cash."), "indirect");
        assertThat(p.speaker().name()).isEqualTo("Gregory W. Meeks");
    }

    @Test
    void aGerundAfterAPrepositionDoesNotCutTheStatementBeforeIt() {
        List<Quote> qs = speech("Leahy said developers had broadly defined these areas by adding a few low-income "
                + "communities to wealthier neighborhoods.");
        Quote q = qs.get(0);
        assertThat(q.cue()).isEqualTo("said");
        assertThat(q.text()).endsWith("by adding a few low-income communities to wealthier neighborhoods");
    }

    @Test
    void aProgrammeNameClosingAFrontedAdverbialIsNotTheContent() {
        Quote q = only(speech("In an interview on CBS's “Face the Nation,” House Speaker Paul D. Ryan said the recent "
                + "spate of police shootings demands more listening."), "indirect");
        assertThat(q.text()).startsWith("the recent spate of police shootings");
        assertThat(q.speaker().name()).isEqualTo("Paul D. Ryan");
    }

    @Test
    void lowerCaseModifiersBeforeAnInvertedSpeakerBelongToIt() {
        Quote q = only(speech("“The plan is sound,” said retired Air Force general Lloyd Newton."), "direct");
        assertThat(q.speaker().name()).isEqualTo("Lloyd Newton");
    }

    // ---- speakers: roles, organisations and names ----------------------------------------------

    @Test
    void hyphenatedRoleBeforeANameIsTheRoleAndWhatPrecedesItTheOrganisation() {
        Speaker s = only(speech("UN Secretary-General Antonio Guterres said the talks would continue."), "indirect")
                .speaker();
        assertThat(s.name()).isEqualTo("Antonio Guterres");
        assertThat(s.role()).isEqualTo("secretary-general");
        assertThat(s.organization()).isEqualTo("UN");
        assertThat(s.type()).isEqualTo("person");
        Speaker v = only(speech("Former Vice-President Al Gore said the climate bill was a start."), "indirect").speaker();
        assertThat(v.name()).isEqualTo("Al Gore");
        assertThat(v.role()).isEqualTo("vice-president");
    }

    @Test
    void chancellorIsARoleNotPartOfTheName() {
        Speaker s = only(speech("German Chancellor Angela Merkel told reporters that the plan would work."), "indirect")
                .speaker();
        assertThat(s.name()).isEqualTo("Angela Merkel");
        assertThat(s.role()).isEqualTo("chancellor");
    }

    @Test
    void partyLabelAfterANameIsNotTheName() {
        Speaker s = only(speech("Rep. Trey Gowdy (R-S.C.) said the committee would vote on Thursday."), "indirect")
                .speaker();
        assertThat(s.name()).isEqualTo("Trey Gowdy");
        assertThat(s.role()).isEqualTo("rep");
        assertThat(s.type()).isEqualTo("person");
    }

    @Test
    void titlesBeforeTheLastRoleAreNotTheOrganisation() {
        Speaker s = only(speech("Panel Chairman Rep. Jason Chaffetz (R-Utah) said the subpoenas were not optional."),
                "indirect").speaker();
        assertThat(s.name()).isEqualTo("Jason Chaffetz");
        assertThat(s.role()).isEqualTo("chairman");
        assertThat(s.organization()).isNotEqualTo("Chairman");
    }

    @Test
    void subjectCompletedByItsOrganisationBeforeTheVerb() {
        Speaker s = only(speech("\"It was the least bad outcome,\" Mr. Morgan of the Sierra Club said."), "direct").speaker();
        assertThat(s.name()).isEqualTo("Morgan");
        assertThat(s.organization()).isEqualTo("Sierra Club");
    }

    @Test
    void occasionSetOffByCommasBetweenSubjectAndVerb() {
        Quote q = only(speech("Democratic nominee Hillary Clinton, at a later press gaggle, said, \"I've been briefed "
                + "about the bombings in New York and New Jersey.\""), "direct");
        assertThat(q.speaker().name()).isEqualTo("Hillary Clinton");
        assertThat(q.speaker().role()).isEqualTo("nominee");
    }

    @Test
    void mojibakeInsideANameKeepsTheName() {
        // UTF-8 read as Latin-1 twice, as served by a real page: "François" became "FranÃ\u0083Â§ois".
        Quote q = only(speech("\"Europe must be able to defend itself,\" French President Fran\u00c3\u0083\u00c2\u00a7ois "
                + "Hollande said Friday."), "direct");
        assertThat(q.speaker().name()).isEqualTo("Fran\u00c3\u0083\u00c2\u00a7ois Hollande");
        assertThat(q.speaker().role()).isEqualTo("president");
    }
    // ---- pronouns, time phrases and headings (quotes-dev errors) --------------------------------

    @Test
    void pronounAgreesWithTheGivenNameOfTheNearestPerson() {
        // huff-post 2016-09-20: "she" stood for John Stumpf, the last person named.
        Quote q = only(speech("Sen. Elizabeth Warren grilled John Stumpf, the bank's chief executive, on Tuesday. "
                + "“You should resign,” she said."), "direct");
        assertThat(q.speaker().name()).isEqualTo("Elizabeth Warren");
    }

    @Test
    void pronounOfTheOtherSexSkipsAPersonOfKnownGender() {
        // usa-today 2016-09-23: "He" stood for Hillary Clinton.
        Quote q = only(speech("Donald Trump questioned whether Hillary Clinton was loyal to her husband. "
                + "“I don't even think she's loyal to Bill,” he said."), "direct");
        assertThat(q.speaker().name()).isEqualTo("Donald Trump");
    }

    @Test
    void pronounResolvesOnlyToAPersonNotToANameAfterAnArticle() {
        // breitbart 2016-10-03: "He" stood for "Retired American Warriors".
        Quote q = only(speech("Donald Trump made the pledge at a Retired American Warriors conference in Herndon. "
                + "He said the nation has become “more interested in protecting the criminals than we are.”"),
                "indirect");
        assertThat(q.speaker().name()).isEqualTo("Donald Trump");
    }

    @Test
    void pronounDoesNotResolveToAPlace() {
        // wash-post 2016-09-10: "he" stood for North Korea.
        Quote q = only(speech("President Barack Obama spoke after the test. Officials said North Korea faces new sanctions. "
                + "“To be clear, the United States will never accept it,” he said."), "direct");
        assertThat(q.speaker().name()).isEqualTo("Barack Obama");
    }

    @Test
    void timePhraseBetweenSubjectAndVerbIsNotTheSpeaker() {
        // huff-post 2016-09-20 and wash-post 2016-09-25: "this month" was taken as the speaker.
        Quote q = only(speech("Wells Fargo just this month announced it would get rid of these incentives, "
                + "beginning in January 2017."), "indirect");
        assertThat(q.speaker().mention()).isEqualTo("Wells Fargo");
        Quote r = only(speech("Along with the dispute over the voter rolls, the Supreme Court this month rejected "
                + "a request from Democrats in Ohio to restore an extra week of early voting."), "indirect");
        assertThat(r.speaker().mention()).isEqualTo("the Supreme Court");
    }

    @Test
    void headingBeforeAColonIsNotASpeaker() {
        // politico 2016-09-12: "CLARIFICATION:" was taken as the speaker of the note after it.
        List<Quote> qs = speech("Fowler spoke to reporters on Monday.\n\nCLARIFICATION: The first sentence has been "
                + "clarified to reflect that Fowler is calling for a process to identify a potential successor.");
        assertThat(qs).allSatisfy(q -> assertThat(q.speaker() == null ? null : q.speaker().mention())
                .isNotEqualTo("CLARIFICATION"));
    }

    // ---- names are names ------------------------------------------------------------------------

    @Test
    void aWordCapitalisedByItsPlaceIsNotPartOfTheName() {
        // "afterwards", "rival" and "former" are written in lower case elsewhere in the article
        String t = "Afterwards Penny asks if you were watching them. Rival Hillary Clinton said the plan is bad. "
                + "Former Pennsylvania Gov. Ed Rendell agreed that the rules should be modernized. "
                + "The rival camp left afterwards; the former chief stayed.";
        List<Quote> qs = speech(t);
        assertThat(qs).extracting(q -> q.speaker().name()).containsExactly("Penny", "Hillary Clinton", "Ed Rendell");
    }

    @Test
    void aNameThatIsAlsoAWordKeepsItsFirstName() {
        List<Quote> qs = speech("Bill Clinton said the bill was fine. Gihad Ibrahim said it was not.");
        assertThat(qs).extracting(q -> q.speaker().name()).containsExactly("Bill Clinton", "Gihad Ibrahim");
    }

    @Test
    void aLinkAfterANameIsItsOrganisationUnlessOneSurnameFollows() {
        List<Quote> qs = speech("Sen. Lamar Alexander of Tennessee said the vote failed. Mr. Morgan of the Sierra Club said "
                + "the river was dirty. Ludwig van Beethoven said nothing of the kind.");
        assertThat(qs).extracting(q -> q.speaker().name()).containsExactly("Lamar Alexander", "Morgan", "Ludwig van Beethoven");
    }

    @Test
    void aLabelBeforeAColonNeedsEvidenceThatItNamesSomeone() {
        String t = "Tanks and trains\n\nStrict Standards: Redefining already defined constructor for class wpdb in "
                + "/www/wp-db.php on line 56\n\nAccuracy: The skill of the person can vary, impacting the accuracy.\n\n"
                + "Record Label: The Valory Music Co.\n\nRecord Label: Columbia Nashville\n\n"
                + "Pat Caddell: Well, the voters are worried.\n\nCaddell: They are.\n\nKEEPING SCORE: The team won 3-1.\n\n"
                + "Gov. Mike Pence spoke next.\n\nPENCE: Well, look, I think so.";
        List<Quote> qs = speech(t.replace("\\n", "\n"));
        assertThat(qs).extracting(q -> q.speaker().name()).containsExactly("Pat Caddell", "Pat Caddell", "Mike Pence");
    }

    @Test
    void aTitleCasePhraseIsNoOnesName() {
        // every word of "Climate Change" is written in lower case elsewhere: no person of that name
        String t = "Climate Change\n\nThe president talked about climate change on Tuesday.\n\n"
                + "“And they're terrifying,” he said.";
        List<Quote> qs = speech(t.replace("\\n", "\n"));
        assertThat(qs).singleElement().satisfies(q -> assertThat(q.speaker().name()).isNull());
    }

    @Test
    void eachQuoteSaysWhatItsCueReports() {
        List<Quote> qs = speech("The minister said the plan would work. A study by the institute found that prices rose. "
                + "The company denied that it had paid. She believes that the vote will pass. “We are ready,” he said. "
                + "According to the ministry, 40 people died.");
        assertThat(qs).extracting(Quote::cueType)
                .containsExactly("speech", "evidence", "action", "belief", "speech", "speech");
    }

    @Test
    void aQuotationOpenAtTheEndOfAParagraphGoesOnInTheNext() {
        String t = "Mayor Jane Smith opened the session.\n\n“We will rebuild the bridge,” she said. “It will take two years "
                + "and cost a lot of money.\n\n“But we have no choice. The river is rising every spring.”\n\nThe council agreed.";
        Quote q = only(speech(t), "direct");
        assertThat(q.speaker().name()).isEqualTo("Jane Smith");
        assertThat(q.spans()).hasSize(3);
        assertThat(t.substring(q.spans().get(2).start(), q.spans().get(2).end()))
                .isEqualTo("But we have no choice. The river is rising every spring.");
    }

    @Test
    void aProvinceIsNoOnesNameAndNoPronounStandsForIt() {
        // "British Columbia" is in the open-data list of first-level divisions (lang/mul/divisions.json)
        String t = "Premier David Eby spoke on Monday.\n\nBritish Columbia announced new rules for transit.\n\n"
                + "“We will not wait,” he said.";
        Quote q = only(speech(t), "direct");
        assertThat(q.speaker().name()).isEqualTo("David Eby");
    }

    @Test
    void anAppositiveRoleWithoutAnArticleIsTheSpeakersRole() {
        Quote q = only(speech("Jane Doe, program co-ordinator, said the shelter is full."), "indirect");
        assertThat(q.speaker().name()).isEqualTo("Jane Doe");
        assertThat(q.text()).isEqualTo("the shelter is full");
    }

    @Test
    void aFrontedAdverbialBeforeTheSubjectOfAParticiple() {
        // "was quoted as saying": the participle's speaker is the clause's subject, after "Earlier,"
        Quote q = only(speech("Earlier, Premier Doug Ford was quoted as saying, “We will fight this.”"), "direct");
        assertThat(q.speaker().name()).isEqualTo("Doug Ford");
        Quote monday = only(speech("On Monday, Premier Doug Ford was quoted as saying, “We will fight this.”"), "direct");
        assertThat(monday.speaker().name()).isEqualTo("Doug Ford");
        // quotes-dev (politico): a name and its appositive before the comma are the subject, not an adverbial
        Quote dean = only(speech("Dean, a former Democratic National Committee chairman and presidential candidate, "
                + "poked at Trump's persistent sniffing during the debate, tweeting, “Notice Trump sniffing all the time.”"), "direct");
        assertThat(dean.speaker().name()).isEqualTo("Dean");
    }

    @Test
    void aDocumentsIssuerWhenTheArticleNamesIt() {
        Quote report = only(speech("Health Canada issued its report on Tuesday. The report said that 40 per cent of children were affected."),
                "indirect");
        assertThat(report.speaker().mention()).isEqualTo("The report");
        assertThat(report.speaker().name()).isEqualTo("Health Canada");
        assertThat(report.speaker().type()).isEqualTo("document");
        Quote hers = only(speech("Mayor Olivia Chow spoke on Monday. Her statement said the city would act."), "indirect");
        assertThat(hers.speaker().name()).isEqualTo("Olivia Chow");
        // nobody named as issuing it: the document alone
        Quote bare = only(speech("The report said that 40 per cent of children were affected."), "indirect");
        assertThat(bare.speaker().name()).isNull();
    }

    @Test
    void aTeaserLineIsNoSpeech() {
        // "WATCH:", "READ MORE:" lines point to another story: its headline's verb is nobody's speech here
        List<Quote> quotes = speech("The premier met the mayors on Monday.\n\nWATCH: Premier says the deal is done.\n\n"
                + "READ MORE: Ontario signs deal with Ottawa, minister says.\n\nJohn Smith said the deal was good for the city.");
        assertThat(quotes).extracting(Quote::text).containsExactly("the deal was good for the city");
    }

    @Test
    void aPhotoCaptionLeftInTheBodyIsNoSpeech() {
        // Canadian Press captions in a text dump: the credit closes the paragraph
        List<Quote> quotes = speech("Prime Minister Justin Trudeau says goodbye to reporters in Ottawa on Tuesday. (Adrian Wyld/The Canadian Press)"
                + "\n\nPremier Doug Ford says a few words at a news conference in Toronto. THE CANADIAN PRESS/Chris Young"
                + "\n\nFord said the province would not back down.");
        assertThat(quotes).extracting(Quote::text).containsExactly("the province would not back down");
    }

    @Test
    void aDatelineWithAColonIsNoSpeaker() {
        // dates-dev and metadata-dev (Times of India): "NEW DELHI: …" opened a paragraph read as NEW DELHI's words
        List<Quote> quotes = speech("NEW DELHI: Shares of PSU banks were trading with gains in Thursday's morning session.");
        assertThat(quotes).isEmpty();
        Quote q = only(speech("ISLAMABAD: Prime Minister Shehbaz Sharif said on Monday that talks would resume."), "indirect");
        assertThat(q.speaker().name()).isEqualTo("Shehbaz Sharif");
        // a transcript's label in capitals is still a speaker
        Quote pence = only(speech("PENCE: We will win this election."), "direct");
        assertThat(pence.speaker().mention()).isEqualTo("PENCE");
    }
}
