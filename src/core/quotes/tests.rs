//! Unit tests for quote detection: the seed article's paragraphs plus hand-written
//! sentences covering each rule (marks, attributions, kinds, multi-paragraph quotes, odd input).

use super::*;

/// Paragraphs of the seed article (southfront: Turkey and Iran), copied verbatim.
const SEED: &[&str] = &[
    "Turkey and Iran can undertake many joint steps to end clashes and ensure peace in the region, Turkish President Recep Tayyip Erdogan said on December 20th.",
    "“There are so many steps that Turkey and Iran can take together to end the clashes in our region and ensure a peaceful environment,” Erdogan said at a news conference with his Iranian counterpart Hassan Rouhani.",
    "Rouhani also said that the two countries are resolved to continue their cooperation with Russia in efforts to end the crisis in Syria. He reaffirmed their commitment to protecting the crisis-torn country’s sovereignty, territorial integrity and political unity.",
    "They further praised the achievements of the peace process which has been underway between Syria’s warring parties in Astana, Kazakhstan, since January 2017, saying negotiations should continue in parallel with counter-terrorism battles to find an end to the crisis in Syria.",
    "Erdogan himself said that Turkey did not allow and will not allow any entities seeking to harm the security of the country in the region.",
    "“We need to increase our efforts to ensure permanent peace that will embrace Syria and whole Syrian people,” he added.",
    "The two leaders also spoke of the US sanctions on Iran following the unilateral US withdrawal from the Iran Nuclear Deal.",
    "Erdogan said Turkey does not approve the US move since it leads to destabilization in region.",
    "“The US withdrawal from the nuclear deal is not considered as the right one. This decision increases the risks of the situation in the region, we do not support it. We will continue to be close to Iran at a time when unjust decisions are being taken against it,” said the Turkish leader.",
    "He added that Turkey and Iran plan to increase trade turnover from 11 to 30 billion in the coming years.",
    "“We have good cooperation in the field of security, and we will not let it break,” said Erdogan.",
    "On his part, Rouhani said that he US’s hostile policies against the Islamic Republic amount to “terrorism,” adding, however, that the “era of bullying is over, and that nations today make decisions based on their common interests.”",
    "He said that the Turkish and Iranian officials spoke about a wide range of issues such as banking ties, commerce, tourism and culture, and explored ways of promoting mutual cooperation in all those fields.",
    "Later on the same day, the two Presidents joined an economic forum attended by senior Iranian and Turkish businessmen.",
    "“We must stop the U.S. sanction decision on Iran from impeding us to reach our targets,” Erdogan said. “No one should expect us to end economic and trade relations with Iran due to the sanctions,” claiming that Turkey is ready to do its part in reaching the desired bilateral ties with Iran.",
    "Erdogan said that the sanctions on Iran could be used as an opportunity for both countries to increase their cooperation.",
    "Rouhani said that Tehran faces a “cruel and unjust embargo.”",
    "“This embargo can be both a threat and damage. It can both decrease our trade volume and limit our relations. However, we can make a good plan and transform these threats into opportunities,” he continued, also saying that the economic potentials between the countries are “more than ever.”",
    "The Iranian leader invited his Turkish counterpart to invest in his country’s energy sector. “We are ready to allocate all necessary substances, ports, regions and facilities to the investors, if Turkish investors want to invest in any area in Iran to build refinery and to operate in the field of petrochemicals,” Rouhani said.",
    "Both leaders said that trilateral meetings between Iran, Turkey and Russia would continue, with the next one being planned to happen in Moscow.",
    "Thus, it appears that despite the US promise of a Patriot deal and the US “looking the other way” regarding the purchase of the Russian S-400 by Turkey, reinforced by the US withdrawal from Syria, Turkish-US relations are not improving. Or maybe they aren’t improving quickly. It is possible, however, that these US “concessions” are simply far from enough to restore ‘deep partner relations’ between the two countries.",
];

fn find<'a>(qs: &'a [Quote], prefix: &str) -> &'a Quote {
    match qs.iter().find(|q| q.text.starts_with(prefix)) {
        Some(q) => q,
        None => panic!("no quote starting with {prefix:?} in {qs:#?}"),
    }
}

fn speaker_has(q: &Quote, name: &str) -> bool {
    q.speaker.as_deref().is_some_and(|s| s.contains(name))
}

fn assert_quote(qs: &[Quote], prefix: &str, kind: QuoteKind, speaker: Option<&str>) {
    let q = find(qs, prefix);
    assert_eq!(q.kind, kind, "kind of {prefix:?}: {q:?}");
    match speaker {
        Some(s) => assert!(
            speaker_has(q, s),
            "speaker of {prefix:?} should contain {s:?}: {q:?}"
        ),
        None => assert_eq!(q.speaker, None, "speaker of {prefix:?}: {q:?}"),
    }
}

fn one(par: &str) -> Vec<Quote> {
    find_quotes(&[par])
}

// ---------------------------------------------------------------- seed article

#[test]
fn seed_finds_exactly_the_fifteen_quotes() {
    let qs = find_quotes(SEED);
    assert_eq!(qs.len(), 15, "{qs:#?}");
    for q in &qs {
        let par = SEED[q.paragraph];
        let span = par.get(q.start..q.end).unwrap_or_default();
        assert!(span.contains(q.text.as_str()), "{q:?}");
        let first = span.chars().next().unwrap_or(' ');
        let last = span.chars().last().unwrap_or(' ');
        assert!("“‘".contains(first) && "”’".contains(last), "{span:?}");
    }
}

#[test]
fn seed_erdogan_statements() {
    let qs = find_quotes(SEED);
    for p in [
        "There are so many steps",
        "We need to increase our efforts",
        "The US withdrawal from the nuclear deal",
        "We have good cooperation",
        "We must stop the U.S. sanction",
        "No one should expect us",
    ] {
        assert_quote(&qs, p, QuoteKind::Statement, Some("Erdogan"));
    }
}

#[test]
fn seed_rouhani_statements_and_fragments() {
    let qs = find_quotes(SEED);
    assert_quote(
        &qs,
        "This embargo can be both a threat",
        QuoteKind::Statement,
        Some("Rouhani"),
    );
    assert_quote(
        &qs,
        "We are ready to allocate",
        QuoteKind::Statement,
        Some("Rouhani"),
    );
    for p in [
        "cruel and unjust embargo.",
        "terrorism,",
        "era of bullying is over",
        "more than ever.",
    ] {
        assert_quote(&qs, p, QuoteKind::Fragment, Some("Rouhani"));
    }
}

#[test]
fn seed_scare_quotes() {
    let qs = find_quotes(SEED);
    for p in [
        "looking the other way",
        "concessions",
        "deep partner relations",
    ] {
        assert_quote(&qs, p, QuoteKind::Scare, None);
    }
}

#[test]
fn seed_offsets_point_at_the_marks() {
    let qs = find_quotes(SEED);
    let q = find(&qs, "cruel and unjust embargo.");
    let par = SEED[q.paragraph];
    assert!(par.starts_with("Rouhani said that Tehran faces a "));
    assert_eq!(par.get(q.start..q.end), Some("“cruel and unjust embargo.”"));
    assert_eq!(q.end, par.len());
}

// ---------------------------------------------------------------- attribution patterns

#[test]
fn trailing_name_said() {
    assert_quote(
        &one("“We will win this election,” Smith said."),
        "We will win",
        QuoteKind::Statement,
        Some("Smith"),
    );
}

#[test]
fn inverted_said_name_with_title() {
    let qs = one("“We will win this election,” said Sen. Jane Smith of Ohio.");
    assert_quote(&qs, "We will win", QuoteKind::Statement, Some("Jane Smith"));
    assert!(!speaker_has(&qs[0], "Sen."), "title is stripped: {qs:?}");
}

#[test]
fn colon_introduction() {
    assert_quote(
        &one("Smith told reporters: “We will not back down.”"),
        "We will not",
        QuoteKind::Statement,
        Some("Smith"),
    );
}

#[test]
fn comma_introduction() {
    assert_quote(
        &one("Later, Maria Lopez said, “The budget is balanced.”"),
        "The budget",
        QuoteKind::Statement,
        Some("Maria Lopez"),
    );
}

#[test]
fn split_quote_both_parts_same_speaker() {
    let qs = one("“We will win,” Smith said, “and nobody can stop us.”");
    assert_eq!(qs.len(), 2);
    assert_quote(&qs, "We will win", QuoteKind::Statement, Some("Smith"));
    assert_quote(
        &qs,
        "and nobody can stop us",
        QuoteKind::Statement,
        Some("Smith"),
    );
}

#[test]
fn according_to() {
    let qs = one("“The plan is dead in the water,” according to Governor Bob Jones.");
    assert_quote(
        &qs,
        "The plan is dead",
        QuoteKind::Statement,
        Some("Bob Jones"),
    );
    let qs = one("According to Jones, “the plan is dead in the water.”");
    assert_quote(&qs, "the plan is dead", QuoteKind::Statement, Some("Jones"));
}

#[test]
fn pronoun_resolves_to_last_named_person_across_paragraphs() {
    let qs = find_quotes(&[
        "Senator Jane Doe spoke to supporters in Ohio on Monday.",
        "“We need action on health care now,” she said.",
    ]);
    assert_quote(
        &qs,
        "We need action",
        QuoteKind::Statement,
        Some("Jane Doe"),
    );
}

#[test]
fn description_resolves_with_matching_adjective() {
    let qs = find_quotes(&[
        "German Chancellor Angela Merkel said the talks went well.",
        "French President Emmanuel Macron said he agreed.",
        "“We are united on this question,” said the German leader.",
        "“So are we,” the French president said.",
    ]);
    assert_quote(&qs, "We are united", QuoteKind::Statement, Some("Merkel"));
    assert_quote(&qs, "So are we", QuoteKind::Statement, Some("Macron"));
}

#[test]
fn run_continues_in_same_paragraph() {
    let qs = one("“A deal is close,” Ahmed said. “But it is not done yet.”");
    assert_quote(
        &qs,
        "But it is not done",
        QuoteKind::Statement,
        Some("Ahmed"),
    );
}

#[test]
fn colon_at_end_of_previous_paragraph() {
    let qs = find_quotes(&[
        "Jane Doe told reporters:",
        "“We will fight this bill in every committee.”",
    ]);
    assert_quote(&qs, "We will fight", QuoteKind::Statement, Some("Jane Doe"));
    assert_eq!(qs[0].paragraph, 1);
}

#[test]
fn question_with_inverted_verb() {
    assert_quote(
        &one("“Why now?” asked Smith."),
        "Why now?",
        QuoteKind::Statement,
        Some("Smith"),
    );
}

#[test]
fn organisation_as_speaker() {
    let qs = one("“We do not comment on rumours,” the White House said in a statement.");
    assert_quote(
        &qs,
        "We do not comment",
        QuoteKind::Statement,
        Some("White House"),
    );
}

// ---------------------------------------------------------------- kinds

#[test]
fn fragment_after_naming_verb() {
    assert_quote(
        &one("Patel called the plan “a rushed job” on Tuesday."),
        "a rushed job",
        QuoteKind::Fragment,
        Some("Patel"),
    );
}

#[test]
fn fragment_in_paraphrase_after_said_that() {
    let qs =
        one("Garcia said that the law was “a betrayal of voters,” adding that she would appeal.");
    assert_quote(
        &qs,
        "a betrayal of voters",
        QuoteKind::Fragment,
        Some("Garcia"),
    );
}

#[test]
fn scare_quote_without_speaker() {
    assert_quote(
        &one("The so-called “experts” disagree about the cause."),
        "experts",
        QuoteKind::Scare,
        None,
    );
}

#[test]
fn long_unattributed_phrase_is_scare_but_sentence_is_statement() {
    let qs = one("Critics saw the move as “a way of looking the other way” and nothing more.");
    assert_quote(&qs, "a way of looking", QuoteKind::Scare, None);
    let qs = one("“This is a complete sentence without any attribution.”");
    assert_quote(&qs, "This is a complete", QuoteKind::Statement, None);
}

// ---------------------------------------------------------------- marks

#[test]
fn german_marks() {
    let par = "„Wir schaffen das“, sagte Merkel. „We will manage this,“ Merkel said.";
    let qs = one(par);
    assert_eq!(qs.len(), 2, "{qs:?}");
    assert_eq!(qs[0].text, "Wir schaffen das");
    assert_eq!(par.get(qs[0].start..qs[0].end), Some("„Wir schaffen das“"));
    assert_quote(&qs, "We will manage", QuoteKind::Statement, Some("Merkel"));
}

#[test]
fn french_marks_with_nbsp() {
    let par = "«\u{a0}Nous allons gagner\u{a0}», Macron said. Then « we will see », he added.";
    let qs = one(par);
    assert_eq!(qs.len(), 2, "{qs:?}");
    assert_eq!(qs[0].text, "Nous allons gagner");
    assert_quote(&qs, "Nous allons", QuoteKind::Statement, Some("Macron"));
    assert!(par
        .get(qs[1].start..qs[1].end)
        .is_some_and(|s| s.starts_with('«') && s.ends_with('»')));
}

#[test]
fn straight_double_quotes() {
    let par = "\"It's over,\" Smith said. He called it \"a disaster\" and left.";
    let qs = one(par);
    assert_eq!(qs.len(), 2, "{qs:?}");
    assert_quote(&qs, "It's over,", QuoteKind::Statement, Some("Smith"));
    assert_quote(&qs, "a disaster", QuoteKind::Fragment, Some("Smith"));
    assert_eq!(par.get(qs[1].start..qs[1].end), Some("\"a disaster\""));
}

#[test]
fn apostrophes_do_not_pair() {
    let qs =
        one("The country’s leaders aren’t happy, and the ‘90s are over for the players’ union.");
    assert!(qs.is_empty(), "{qs:?}");
}

#[test]
fn single_quotes_pair_when_clear() {
    let qs = one("Officials’ talk of a ‘peace dividend’ never came true, and it didn’t.");
    assert_eq!(qs.len(), 1, "{qs:?}");
    assert_quote(&qs, "peace dividend", QuoteKind::Scare, None);
}

#[test]
fn nested_single_quote_is_not_reported() {
    let qs = one("“He told me ‘never again’ and left,” Smith said.");
    assert_eq!(qs.len(), 1, "{qs:?}");
    assert_quote(
        &qs,
        "He told me ‘never again’",
        QuoteKind::Statement,
        Some("Smith"),
    );
}

#[test]
fn unclosed_quote_without_continuation_is_dropped() {
    let qs = find_quotes(&["He said “this never ends and so on", "Nothing else here."]);
    assert!(qs.is_empty(), "{qs:?}");
}

// ---------------------------------------------------------------- multi-paragraph

#[test]
fn multi_paragraph_quote_keeps_speaker() {
    let pars = [
        "“We have a plan for the economy,” Smith said. “It starts with taxes.",
        "“Then we fix the roads and the bridges.”",
    ];
    let qs = find_quotes(&pars);
    assert_eq!(qs.len(), 3, "{qs:?}");
    assert_eq!(qs[1].end, pars[0].len());
    assert_quote(
        &qs,
        "It starts with taxes.",
        QuoteKind::Statement,
        Some("Smith"),
    );
    assert_quote(
        &qs,
        "Then we fix the roads",
        QuoteKind::Statement,
        Some("Smith"),
    );
}

#[test]
fn multi_paragraph_quote_with_late_attribution() {
    let pars = [
        "“The first part of the speech goes here.",
        "",
        "“And it ends right here,” Jones said.",
    ];
    let qs = find_quotes(&pars);
    assert_eq!(qs.len(), 2, "{qs:?}");
    assert_quote(&qs, "The first part", QuoteKind::Statement, Some("Jones"));
    assert_quote(&qs, "And it ends", QuoteKind::Statement, Some("Jones"));
}

// ---------------------------------------------------------------- robustness

#[test]
fn empty_and_odd_input() {
    assert!(find_quotes(&[]).is_empty());
    assert!(find_quotes(&["", "   ", "\u{a0}"]).is_empty());
    for s in [
        "“",
        "”",
        "\"",
        "‘",
        "’",
        "«»",
        "„“",
        "“”",
        "\"\"",
        "a“b”c",
        "“\u{301}”",
        "x’",
        "’x‘",
    ] {
        let _ = find_quotes(&[s, s]);
    }
}

#[test]
fn random_unicode_never_panics_and_offsets_are_char_boundaries() {
    let alphabet: Vec<char> = "ab Zé漢😀\u{301}\u{a0}.,;:!?\"'“”‘’„«»()—-\nSaid said he Smith"
        .chars()
        .collect();
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    for _ in 0..400 {
        let mut pars = Vec::new();
        for _ in 0..3 {
            let mut s = String::new();
            for _ in 0..60 {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                let i = (seed % alphabet.len() as u64) as usize;
                s.push(alphabet[i]);
            }
            pars.push(s);
        }
        let refs: Vec<&str> = pars.iter().map(String::as_str).collect();
        for q in find_quotes(&refs) {
            let par = refs[q.paragraph];
            assert!(q.start < q.end && q.end <= par.len(), "{q:?}");
            assert!(
                par.is_char_boundary(q.start) && par.is_char_boundary(q.end),
                "{q:?}"
            );
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
#[test]
fn serializes_kind_in_lowercase() {
    let qs = one("“Yes, we can,” Obama said.");
    let json = serde_json::to_string(&qs).unwrap_or_default();
    assert!(json.contains("\"kind\":\"statement\""), "{json}");
    assert!(json.contains("\"speaker\":\"Obama\""), "{json}");
}

// ---------------------------------------------------------------- attribution variants

#[test]
fn parenthetical_and_appositive_between_name_and_verb() {
    let qs = one("“It is a dog whistle,” Rep. Gwen Moore (D-Wis.) said Friday.");
    assert_quote(
        &qs,
        "It is a dog whistle",
        QuoteKind::Statement,
        Some("Gwen Moore"),
    );
    let qs = one("“It is an invasion of the state domain,” Scott Pruitt, the attorney general of Oklahoma, said.");
    assert_quote(
        &qs,
        "It is an invasion",
        QuoteKind::Statement,
        Some("Scott Pruitt"),
    );
}

#[test]
fn dash_attribution_after_quote() {
    let qs = one("“We deserve a better campaign than this one.” ― Maria Lopez");
    assert_quote(&qs, "We deserve", QuoteKind::Statement, Some("Maria Lopez"));
}

#[test]
fn transcript_speaker_label() {
    let qs = find_quotes(&["\"WALLACE: Let us start with the news of the day.\""]);
    assert_quote(&qs, "WALLACE:", QuoteKind::Statement, Some("WALLACE"));
}

#[test]
fn title_like_quote_is_scare() {
    let qs = one("Sanders told MSNBC’s “Morning Joe” that nobody would question her.");
    assert_quote(&qs, "Morning Joe", QuoteKind::Scare, None);
}

#[test]
fn unlisted_verb_right_after_quote() {
    let qs = one("“Keep your hands in sight,” Blige sings to the crowd.");
    assert_quote(&qs, "Keep your hands", QuoteKind::Statement, Some("Blige"));
}

#[test]
fn sentence_initial_said_and_inverted_role_name() {
    assert_quote(
        &one("Said Ellis: “I do not see any reform here.”"),
        "I do not see",
        QuoteKind::Statement,
        Some("Ellis"),
    );
    let qs = one("“The city will never go back,” said MSNBC host Chris Matthews.");
    assert_quote(
        &qs,
        "The city",
        QuoteKind::Statement,
        Some("Chris Matthews"),
    );
}

#[test]
fn honorific_before_surname_is_a_name() {
    let qs = find_quotes(&[
        "Ms. Moore spoke first.",
        "“It is all about enthusiasm,” Mr. King added.",
    ]);
    assert_quote(&qs, "It is all about", QuoteKind::Statement, Some("King"));
}

#[test]
fn nouns_that_look_like_verbs_are_not_cues() {
    let qs = one("Civil rights leaders will visit battleground states for “Barack Obama Election Day,” a designated day.");
    assert_quote(&qs, "Barack Obama Election Day", QuoteKind::Scare, None);
}

// ------------------------------------------- colon after a clause with a named subject

#[test]
fn colon_after_named_subject_without_reporting_verb() {
    let qs = find_quotes(&["The passengers’ association Rail Forward responded within an hour of the announcement. Its spokesperson, Aoife Kerrigan, was blunt: “A replacement bus that takes fifty minutes is not a replacement. It is a closure with a timetable.”"]);
    assert_quote(
        &qs,
        "A replacement bus",
        QuoteKind::Statement,
        Some("Aoife Kerrigan"),
    );
}

#[test]
fn colon_after_name_with_various_predicates() {
    assert_quote(
        &one("Marcus Oyelaran had a warning for the council: “Cut the route and you lose the riders for good.”"),
        "Cut the route",
        QuoteKind::Statement,
        Some("Marcus Oyelaran"),
    );
    assert_quote(
        &one("After the vote, Priya Nandakumar put it simply: “We lost.”"),
        "We lost",
        QuoteKind::Statement,
        Some("Priya Nandakumar"),
    );
    assert_quote(
        &one("Mayor Helen Brandt, the city’s longest-serving councillor, was less diplomatic: “This is a mess of our own making.”"),
        "This is a mess",
        QuoteKind::Statement,
        Some("Helen Brandt"),
    );
    assert_quote(
        &one("Tomasz Wielgus’s answer: “Not this year.”"),
        "Not this year",
        QuoteKind::Statement,
        Some("Tomasz Wielgus"),
    );
}

#[test]
fn colon_after_pronoun_resolves_to_the_latest_person() {
    let qs = find_quotes(&[
        "Grace Adebayo has coached the team for a decade.",
        "She was not surprised: “Nobody who watched our games this spring thought we were ready.”",
    ]);
    assert_quote(
        &qs,
        "Nobody who watched",
        QuoteKind::Statement,
        Some("Grace Adebayo"),
    );
}

#[test]
fn colon_clause_at_end_of_previous_paragraph_names_the_speaker() {
    let qs = find_quotes(&[
        "The district’s superintendent, Luis Ferreira, was unapologetic:",
        "“We will not reopen a building that is not safe for children.”",
    ]);
    assert_quote(
        &qs,
        "We will not reopen",
        QuoteKind::Statement,
        Some("Luis Ferreira"),
    );
}

#[test]
fn colon_after_non_person_subject_names_nobody() {
    let qs = one("The sign read: “Closed for repairs.”");
    assert_eq!(find(&qs, "Closed for repairs").speaker, None, "{qs:?}");
    let qs = one("The notice on the door was short: “The office has moved to the second floor of the library.”");
    assert_quote(&qs, "The office has moved", QuoteKind::Statement, None);
    // The subject of the clause is the placard, not the person pointing at it.
    let qs = one("Dana Whitfield pointed to a placard that read: “No entry after dusk, by order of the parish.”");
    assert!(!speaker_has(find(&qs, "No entry"), "Whitfield"), "{qs:?}");
    // A list of names has no single speaker.
    let qs = one("Ana Ruiz, Ben Cole and Chen Wu were all there: “We came to listen, not to shout at anybody.”");
    assert_quote(&qs, "We came to listen", QuoteKind::Statement, None);
}

// --------------------------- naming verbs: the subject across a relative clause or appositive

#[test]
fn naming_verb_subject_across_long_relative_clause() {
    let qs = one("Teresa Alvarez, who has run a bait and tackle shop near the Ferry Street launch for 22 years, described the city’s outreach to waterfront businesses as “an afterthought.”");
    assert_quote(
        &qs,
        "an afterthought",
        QuoteKind::Fragment,
        Some("Teresa Alvarez"),
    );
}

#[test]
fn naming_verbs_take_their_subject_not_their_object() {
    assert_quote(
        &one("Okonkwo Eze, whose family has farmed the valley since the 1950s, called the county’s drainage plan “a slow-motion flood.”"),
        "a slow-motion flood",
        QuoteKind::Fragment,
        Some("Okonkwo Eze"),
    );
    assert_quote(
        &one("Bridget Lomax, a retired schoolteacher who has volunteered at the shelter every winter since it opened, labeled the new rules “cruel and pointless.”"),
        "cruel and pointless",
        QuoteKind::Fragment,
        Some("Bridget Lomax"),
    );
    assert_quote(
        &one("Henrik Sandvik, the owner of a small ferry company based in Bergen, Norway, dubbed the tax “a toll on the sea.”"),
        "a toll on the sea",
        QuoteKind::Fragment,
        Some("Henrik Sandvik"),
    );
    assert_quote(
        &one("Rosa Quintero, who chairs the tenants’ union at the Alder Court towers on the east side of the city, termed the rent increase “a slow eviction.”"),
        "a slow eviction",
        QuoteKind::Fragment,
        Some("Rosa Quintero"),
    );
}

#[test]
fn naming_verb_object_is_never_the_speaker() {
    // No subject can be found: the object after the verb is still not the speaker.
    let qs = one("In a long letter to the editors of several regional newspapers and the council, branded the scheme “a vanity project.”");
    assert!(
        !speaker_has(find(&qs, "a vanity project"), "scheme"),
        "{qs:?}"
    );
}

#[test]
fn appositive_rules_keep_earlier_behaviour() {
    // A reporting verb inside the commas: the nearer name is the subject.
    assert_quote(
        &one("Smith, the mayor, said that Jones, a councillor, called the plan “reckless.”"),
        "reckless",
        QuoteKind::Fragment,
        Some("Jones"),
    );
    // Short appositive, reporting verb.
    assert_quote(
        &one("Scott Pruitt, the agency’s administrator, said the rule was “dead on arrival.”"),
        "dead on arrival",
        QuoteKind::Fragment,
        Some("Scott Pruitt"),
    );
    // Inverted reporting verb still names the person after it.
    assert_quote(
        &one("“We are not done,” said Councillor Mary Flynn."),
        "We are not done",
        QuoteKind::Statement,
        Some("Mary Flynn"),
    );
    // A common noun before a naming verb is still a participle (`a box labeled “…”`).
    assert_quote(
        &one("Workers carried a box labeled “Fragile” into the hall."),
        "Fragile",
        QuoteKind::Scare,
        None,
    );
}

#[test]
fn quoted_article_title_followed_by_its_author_is_a_title() {
    let qs = one(
        "MUSEUM NEWS—\"Harbor museum doubles its opening hours for the summer,\" by the Courier's Dana Whitfield: the change starts in June.",
    );
    assert_quote(&qs, "Harbor museum", QuoteKind::Scare, None);
}
