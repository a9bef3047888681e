//! Dutch.
//!
//! Sources: reporting verbs and their present, past and perfect (auxiliary + participle)
//! forms from the *Algemene Nederlandse Spraakkunst* (ANS, § 18.5 on directe rede and the
//! verb paradigms) and the Van Dale dictionary; "volgens", "aldus", "naar eigen zeggen" from
//! Van Dale and the Taaladvies.net notes on "aldus" after a quote; titles from the ANS list
//! of abbreviations (dhr., mevr., dr., mr., prof.).

use super::Lexicon;

/// Dutch (Netherlands and Flanders).
#[rustfmt::skip]
pub const NL: Lexicon = Lexicon {
    code: "nl",
    stopwords: &[
        "de", "het", "een", "en", "van", "is", "dat", "niet", "op", "te", "zijn", "voor", "met",
        "die", "ook", "aan", "er", "bij", "maar", "om", "heeft", "hebben", "werd", "wordt",
        "volgens", "zei", "nog", "naar", "uit", "wel",
    ],
    reporting_verbs: &[
        "zei", "zeiden", "zegt", "zeggen", "gezegd", "verklaarde", "verklaarden", "verklaart",
        "verklaard", "stelde", "stelden", "stelt", "gesteld", "benadrukte", "benadrukt",
        "benadrukten", "voegde", "voegt", "toegevoegd", "legde", "legt", "uitgelegd",
        "vertelde", "vertelt", "verteld", "liet", "laat", "weten", "meldde", "meldt",
        "gemeld", "schreef", "schrijft", "geschreven", "twitterde", "tweette", "antwoordde",
        "antwoordt", "geantwoord", "reageerde", "reageert", "gereageerd", "vroeg", "vraagt",
        "gevraagd", "waarschuwde", "waarschuwt", "gewaarschuwd", "erkende", "erkent",
        "erkend", "gaf", "geeft", "toe", "bevestigde", "bevestigt", "bevestigd", "kondigde",
        "kondigt", "aangekondigd", "onderstreepte", "onderstreept", "beklemtoonde",
        "beklemtoont", "zegde", "meende", "meent", "vond", "vindt", "gevonden", "hield",
        "houdt", "betoogde", "betoogt", "betoogd", "benadrukken", "beweerde", "beweert",
        "beweerd", "stelde", "concludeerde", "concludeert", "geconcludeerd", "beloofde",
        "belooft", "beloofd", "riep", "roept", "opgeroepen", "klaagde", "klaagt", "geklaagd",
        "herhaalde", "herhaalt", "herhaald", "lichtte", "licht", "toegelicht", "opperde",
        "oppert", "sprak", "spreekt", "aldus",
    ],
    participles: &[],
    naming_verbs: &["noemde", "noemden", "noemt", "genoemd", "bestempelde", "bestempelt", "omschreef", "omschrijft", "prees", "prijst", "sprak", "spreekt"],
    according_before: &["volgens", "naar eigen zeggen", "naar zeggen van"],
    according_initial: &["voor"],
    according_after: &[],
    after_quote: &["aldus", "zo"],
    pronouns: &["hij", "zij", "ze"],
    masculine: &["hij", "dhr", "meneer", "heer"],
    feminine: &["mevr", "mevrouw"],
    other_pronouns: &["ik", "wij", "we", "jij", "je", "u"],
    impersonal: &["het", "men"],
    titles: &["dhr", "mevr", "mevrouw", "meneer", "de heer", "dr", "mr", "prof", "ir", "ing", "drs", "minister", "premier", "president", "presidente", "burgemeester", "wethouder", "staatssecretaris", "senator", "kamerlid", "generaal", "paus", "koning", "koningin", "prins", "prinses", "rechter", "officier", "directeur", "directrice", "woordvoerder", "woordvoerster", "secretaris", "kanselier", "oud-minister", "oud-premier", "ex", "voorzitter", "fractievoorzitter", "partijleider", "commissaris", "ambassadeur", "gouverneur", "bisschop", "kardinaal", "trainer", "coach", "bondscoach", "topman", "topvrouw", "baas", "hoogleraar", "econoom", "eigenaar", "eigenares", "schrijver", "schrijfster", "aanvoerder", "commandant", "brandweercommandant", "juryvoorzitter"],
    role_nouns: &["minister", "premier", "president", "burgemeester", "wethouder", "woordvoerder", "woordvoerster", "leider", "directeur", "directrice", "kamerlid", "senator", "kandidaat", "secretaris", "officier", "rechter", "advocaat", "kanselier", "ambassadeur", "diplomaat", "trainer", "coach", "deskundige", "expert", "econoom", "oprichter", "vakbondsman", "voorzitter", "commissaris", "gouverneur", "koning", "koningin", "paus", "generaal", "onderzoeker", "onderzoekster", "topman", "topvrouw", "baas", "hoogleraar", "staatssecretaris", "activist", "ondernemer", "politicus", "auteur", "schrijver", "schrijfster", "aanvoerder", "speler", "speelster", "spits", "verdediger", "keeper", "middenvelder", "bewoner", "bewoonster", "omwonende", "getuige", "slachtoffer", "boer", "boerin", "winkelier", "arts", "verpleegkundige", "wetenschapper", "kunstenaar", "kunstenares", "zanger", "zangeres", "acteur", "actrice", "regisseur", "agent", "raadslid", "eigenaar", "eigenares", "werknemer", "student", "studente", "leraar", "lerares", "historicus", "socioloog", "analist", "ingenieur", "architect", "criticus", "producent", "commandant", "jurylid", "juryvoorzitter"],
    compound_roles: true,
    capitalised_nouns: false,
    non_name_caps: &[
        "de", "het", "een", "en", "of", "maar", "want", "dus", "in", "op", "aan", "van", "voor",
        "met", "bij", "naar", "uit", "om", "over", "volgens", "na", "sinds", "tijdens", "toen",
        "als", "wanneer", "terwijl", "omdat", "daarna", "daarom", "ook", "zo", "dan", "nu",
        "vandaag", "gisteren", "morgen", "dit", "deze", "dat", "die", "hij", "zij", "ze",
        "wij", "we", "ik", "zijn", "haar", "hun", "ons", "maandag", "dinsdag", "woensdag",
        "donderdag", "vrijdag", "zaterdag", "zondag", "januari", "februari", "maart", "april",
        "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december",
        "er", "daar", "hier", "wel", "niet", "toch", "nog", "al", "eerder", "later",
    ],
    skip_before_verb: &[
        "heeft", "hebben", "had", "hadden", "zou", "zouden", "ook", "al", "nog", "eerder",
        "later", "daarna", "gisteren", "vandaag", "opnieuw", "eveneens", "bovendien",
        "echter", "wel", "toen", "nu", "zelf", "nadrukkelijk", "meermaals",
    ],
    determiners: &[
        "de", "het", "een", "zijn", "haar", "hun", "deze", "dit", "die", "dat", "twee", "drie",
        "enkele", "meerdere", "sommige", "andere", "beide", "ons", "onze",
    ],
    definite: &["de", "het"],
    phrase_breakers: &[
        "dat", "die", "wat", "wie", "en", "of", "maar", "omdat", "als", "wanneer", "is", "was",
        "zijn", "waren", "wordt", "werd", "te", "van", "in", "op", "aan", "met", "voor",
        "bij", "uit", "naar", "over", "niet", "het", "er",
    ],
    name_particles: &["van", "de", "der", "den", "ter", "ten", "het", "'t", "von", "le", "la"],
    abbreviations: &["dhr", "mevr", "dr", "mr", "prof", "ir", "ing", "drs", "bijv", "bv", "nl", "enz", "o", "a", "m", "b", "t", "w", "zgn", "ca", "nr", "st"],
    appositive_openers: &["die", "dat", "de", "het", "een", "wiens", "wier"],
    clause_conjunctions: &["en", "maar", "dan", "want"],
    title_small_words: &["de", "het", "een", "van", "en", "in", "op", "voor", "met", "der", "den"],
    label_cues: &["getiteld", "genaamd", "genoemde", "zogenaamde", "zogeheten", "zogenoemde"],
    work_nouns: &["bijnaam", "boek", "roman", "film", "documentaire", "serie", "programma", "lied", "nummer", "album", "krant", "dagblad", "weekblad", "tijdschrift", "rapport", "slogan", "motto", "campagne", "operatie", "plan", "project", "beweging", "partij", "schip", "merk", "hashtag", "festival", "prijs", "podcast", "blog", "website", "uitdrukking", "term", "woord", "actie", "spandoek", "tekst", "thema"],
    // "wat" + naming verb: ANS (Algemene Nederlandse Spraakkunst), vrije relatieve zinnen.
    what_relatives: &["wat"],
    label_after: &["genaamd", "genoemd", "gedoopt"],
    elided_prefixes: &[],
    reflexives: &["zich"],
    inversion_suffixes: &[],
    pro_drop: false,
    verb_second: true,
    reported_mood: &[],
    elisions: &[],
};
