//! Italian.
//!
//! Sources: reporting verbs ("verbi dichiarativi" / "verba dicendi") and their presente,
//! passato prossimo (auxiliary + participle) and passato remoto forms from Serianni,
//! *Grammatica italiana* (UTET, the chapter on discorso diretto) and the Treccani
//! conjugation tables; "secondo", "stando a", "a detta di" from the Vocabolario Treccani;
//! the range of news verbs from the Accademia della Crusca's notes on journalistic style;
//! titles from Treccani's list of abbreviations (sig., dott., on., avv.).

use super::Lexicon;

/// Italian.
#[rustfmt::skip]
pub const IT: Lexicon = Lexicon {
    code: "it",
    stopwords: &[
        "il", "lo", "gli", "della", "dei", "delle", "degli", "nel", "nella", "che", "di", "per",
        "non", "con", "una", "sono", "è", "ha", "anche", "alla", "al", "secondo", "ma", "più",
        "questo", "questa", "ai", "dal", "dalla", "ed",
    ],
    reporting_verbs: &["detto", "dice", "dicono", "disse", "dissero", "diceva", "dichiarato", "dichiara", "dichiarano", "dichiarò", "affermato", "afferma", "affermano", "affermò", "aggiunto", "aggiunge", "aggiungono", "aggiunse", "spiegato", "spiega", "spiegano", "spiegò", "sottolineato", "sottolinea", "sottolineano", "sottolineò", "ribadito", "ribadisce", "ribadì", "precisato", "precisa", "precisò", "osservato", "osserva", "osservò", "commentato", "commenta", "commentò", "annunciato", "annuncia", "annunciò", "confermato", "conferma", "confermò", "assicurato", "assicura", "assicurò", "avvertito", "avverte", "avvertì", "ammesso", "ammette", "ammise", "riconosciuto", "riconosce", "denunciato", "denuncia", "criticato", "critica", "attaccato", "attacca", "replicato", "replica", "replicò", "risposto", "risponde", "rispose", "chiesto", "chiede", "chiese", "domandato", "domanda", "scritto", "scrive", "scrisse", "twittato", "raccontato", "racconta", "raccontò", "ricordato", "ricorda", "ricordò", "insistito", "insiste", "concluso", "conclude", "concluse", "promesso", "promette", "sostenuto", "sostiene", "evidenziato", "evidenzia", "rimarcato", "rimarca", "incalzato", "incalza", "tuonato", "tuona", "attaccato", "lamentato", "lamenta", "auspicato", "auspica", "puntualizzato", "puntualizza", "confidato", "confida", "esordito", "esordisce", "proseguito", "prosegue", "chiarito", "chiarisce", "garantito", "garantisce", "rilanciato", "rilancia", "dichiarava", "spiegava", "aggiungeva", "ammonito", "ammonisce", "annota", "annotato", "ironizza", "ironizzato", "confessa", "confessato", "minimizza", "minimizzato", "sbotta", "sbottato"],
    participles: &["aggiungendo", "spiegando", "sottolineando", "dicendo", "precisando", "ricordando", "affermando"],
    naming_verbs: &["definito", "definisce", "definì", "bollato", "bolla", "chiamato", "descritto", "descrive", "parla", "parlano", "parlato", "parlava"],
    according_before: &["secondo", "stando a", "a detta di", "a parere di"],
    according_initial: &["per"],
    according_after: &[],
    after_quote: &[],
    pronouns: &["lui", "lei", "loro", "egli", "ella"],
    masculine: &["lui", "egli", "il", "lo", "signor", "sig"],
    feminine: &["lei", "ella", "la", "signora", "sigra"],
    other_pronouns: &["io", "noi", "voi", "tu"],
    impersonal: &["si", "ciò"],
    titles: &["sig", "sigra", "signor", "signora", "dott", "dottor", "dottoressa", "dr", "prof", "professor", "professore", "professoressa", "on", "onorevole", "avv", "avvocato", "ing", "presidente", "ministro", "ministra", "sindaco", "sindaca", "senatore", "senatrice", "deputato", "deputata", "generale", "papa", "re", "regina", "principe", "principessa", "giudice", "procuratore", "procuratrice", "direttore", "direttrice", "portavoce", "segretario", "segretaria", "cancelliere", "premier", "ex", "don", "monsignor", "cardinale", "vescovo", "commissario", "ambasciatore", "governatore", "allenatore", "ct", "leader", "capo", "assessore", "vicepresidente", "sottosegretario", "autore", "capitano"],
    role_nouns: &["presidente", "ministro", "ministra", "sindaco", "sindaca", "portavoce", "leader", "capo", "direttore", "direttrice", "deputato", "deputata", "senatore", "senatrice", "candidato", "candidata", "segretario", "segretaria", "procuratore", "giudice", "avvocato", "avvocata", "responsabile", "cancelliere", "premier", "ambasciatore", "diplomatico", "allenatore", "tecnico", "ct", "esperto", "esperta", "economista", "fondatore", "fondatrice", "sindacalista", "assessore", "governatore", "governatrice", "re", "regina", "papa", "generale", "commissario", "ricercatore", "ricercatrice", "vicepresidente", "sottosegretario", "attivista", "amministratore", "numero", "autore", "autrice", "scrittore", "scrittrice", "capitano", "giocatore", "giocatrice", "attaccante", "difensore", "portiere", "centrocampista", "abitante", "residente", "testimone", "vittima", "agricoltore", "commerciante", "medico", "infermiere", "infermiera", "scienziato", "scienziata", "artista", "cantante", "attore", "attrice", "regista", "magistrato", "poliziotto", "agente", "consigliere", "consigliera", "proprietario", "proprietaria", "titolare", "lavoratore", "operaio", "studente", "studentessa", "professore", "professoressa", "insegnante", "storico", "sociologo", "analista", "ingegnere", "architetto", "critico", "critica", "cittadina", "cittadino", "vedova", "vedovo", "mister"],
    compound_roles: false,
    capitalised_nouns: false,
    non_name_caps: &[
        "il", "lo", "la", "i", "gli", "le", "l'", "un", "uno", "una", "e", "ed", "o", "ma",
        "in", "di", "del", "della", "a", "al", "alla", "da", "dal", "per", "con", "su", "sul",
        "secondo", "dopo", "prima", "durante", "quando", "se", "come", "mentre", "poi",
        "inoltre", "anche", "così", "tuttavia", "però", "oggi", "ieri", "domani", "questo",
        "questa", "quello", "quella", "lui", "lei", "loro", "noi", "si", "suo", "sua", "suoi",
        "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
        "gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
        "settembre", "ottobre", "novembre", "dicembre", "intervistato", "intervistata",
        "interpellato", "interpellata", "non", "già", "ancora", "nel", "nella", "sulla",
    ],
    skip_before_verb: &["ha", "hanno", "aveva", "avevano", "avrebbe", "è", "sono", "era", "anche", "poi", "inoltre", "già", "ancora", "oggi", "ieri", "infine", "invece", "però", "ancora", "ci", "ne", "gli", "le", "mi", "ci", "si", "subito", "più", "volte", "ripetutamente", "lo", "la", "li"],
    determiners: &[
        "il", "lo", "la", "i", "gli", "le", "l'", "un", "uno", "una", "un'", "suo", "sua",
        "suoi", "sue", "questo", "questa", "quel", "quella", "due", "tre", "alcuni", "alcune",
        "diversi", "altri", "nostro", "nostra",
    ],
    definite: &["il", "lo", "la", "i", "gli", "le", "l'"],
    phrase_breakers: &[
        "che", "chi", "cui", "e", "o", "ma", "se", "quando", "come", "perché", "è", "era",
        "sono", "di", "del", "della", "a", "al", "alla", "in", "nel", "da", "dal", "per",
        "con", "su", "non",
    ],
    name_particles: &["de", "di", "da", "del", "della", "dello", "la", "lo", "van", "von", "d'"],
    abbreviations: &["sig", "sigra", "dott", "dr", "prof", "on", "avv", "ing", "ecc", "pag", "ca", "n", "s", "ct"],
    appositive_openers: &["che", "il", "la", "lo", "l'", "un", "una", "uno", "i", "gli", "le"],
    clause_conjunctions: &["e", "ed", "ma", "poi", "però"],
    title_small_words: &["di", "del", "della", "la", "il", "lo", "e", "in", "a", "un", "una", "con", "per"],
    label_cues: &["intitolato", "intitolata", "chiamato", "chiamata", "denominato", "denominata", "soprannominato", "soprannominata", "battezzato", "battezzata", "cosiddetto", "cosiddetta", "cosiddetti", "cosiddette"],
    work_nouns: &["libro", "romanzo", "film", "documentario", "serie", "programma", "trasmissione", "canzone", "album", "disco", "opera", "quotidiano", "giornale", "settimanale", "rivista", "rapporto", "slogan", "motto", "campagna", "operazione", "piano", "progetto", "movimento", "partito", "nave", "marchio", "soprannome", "hashtag", "festival", "premio", "podcast", "blog", "sito", "espressione", "termine", "parola", "decreto", "legge", "manovra", "striscione", "tema"],
    // "quello che" / "ciò che" + naming verb: Treccani, pronome relativo.
    what_relatives: &["quello", "ciò"],
    label_after: &["soprannominato", "soprannominata", "chiamato", "chiamata"],
    elided_prefixes: &["l'", "un'", "dell'", "all'", "dall'", "nell'", "sull'", "d'", "c'", "quest'", "com'", "dov'"],
    reflexives: &["si"],
    inversion_suffixes: &[],
    pro_drop: true,
    verb_second: false,
    reported_mood: &[],
    elisions: &[],
};
