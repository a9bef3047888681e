//! Spanish.
//!
//! Sources: reporting verbs ("verbos de lengua" / "verbos introductores") and their
//! present, pretérito perfecto simple and compuesto forms from the Real Academia Española,
//! *Nueva gramática de la lengua española* (§ 43.9, estilo directo) and the conjugation tables
//! of the Diccionario panhispánico de dudas; "según", "de acuerdo con", "a juicio de" from
//! the RAE dictionary; the advice against overusing "dijo" and its usual alternatives from
//! Fundéu RAE and the *Libro de estilo de El País*; titles from the DPD's list of
//! abbreviations (Sr., Sra., D., Dña.).

use super::Lexicon;

/// Spanish.
#[rustfmt::skip]
pub const ES: Lexicon = Lexicon {
    code: "es",
    stopwords: &[
        "el", "los", "las", "del", "y", "en", "que", "una", "por", "con", "para", "es", "se",
        "su", "al", "lo", "como", "más", "pero", "sus", "ha", "fue", "según", "este", "esta",
        "dijo", "también", "sobre",
    ],
    reporting_verbs: &[
        "dijo", "dice", "dicen", "dijeron", "decía", "dicho", "afirmó", "afirma", "afirman",
        "afirmaron", "afirmado", "declaró", "declara", "declararon", "declarado", "aseguró",
        "asegura", "aseguran", "aseguraron", "asegurado", "añadió", "añade", "añadieron",
        "añadido", "agregó", "agrega", "agregado", "explicó", "explica", "explicaron",
        "explicado", "señaló", "señala", "señalaron", "señalado", "indicó", "indica",
        "indicaron", "indicado", "manifestó", "manifiesta", "manifestado", "sostuvo",
        "sostiene", "sostenido", "advirtió", "advierte", "advertido", "subrayó", "subraya",
        "subrayado", "destacó", "destaca", "destacado", "apuntó", "apunta", "apuntado",
        "recordó", "recuerda", "recordado", "insistió", "insiste", "insistido", "reconoció",
        "reconoce", "reconocido", "admitió", "admite", "admitido", "criticó", "critica",
        "criticado", "denunció", "denuncia", "denunciado", "lamentó", "lamenta", "lamentado",
        "respondió", "responde", "respondido", "replicó", "replica", "contestó", "contesta",
        "preguntó", "pregunta", "preguntado", "anunció", "anuncia", "anunciado", "confirmó",
        "confirma", "confirmado", "aclaró", "aclara", "aclarado", "precisó", "precisa",
        "comentó", "comenta", "comentado", "escribió", "escribe", "escrito", "tuiteó",
        "concluyó", "concluye", "prometió", "promete", "reiteró", "reitera", "reiterado",
        "defendió", "defiende", "defendido", "expresó", "expresa", "expresado", "relató",
        "relata", "contó", "cuenta", "opinó", "opina", "considera", "consideró", "estimó",
        "estima", "exclamó", "sentenció", "zanjó", "ironizó", "matizó", "valoró", "valora",
        "resumió", "resume", "alertó", "alerta", "avisó", "reclamó", "reclama", "pidió",
        "pide", "exigió", "exige", "apostilló", "remató", "enfatizó", "enfatiza", "insistía",
        "comunicó", "informó", "informa", "informaron",
    ],
    participles: &[
        "añadiendo", "agregando", "diciendo", "asegurando", "explicando", "señalando",
        "subrayando", "recordando", "advirtiendo", "afirmando", "insistiendo",
    ],
    naming_verbs: &["calificó", "califica", "calificado", "tildó", "tilda", "llamó", "definió", "describió", "describe", "habló", "habla", "hablan", "hablado"],
    according_before: &["según", "de acuerdo con", "a juicio de", "en palabras de"],
    according_initial: &["para"],
    according_after: &[],
    after_quote: &[],
    pronouns: &["él", "ella", "ellos", "ellas"],
    masculine: &["él", "el", "don", "sr", "señor"],
    feminine: &["ella", "la", "doña", "sra", "señora", "srta"],
    other_pronouns: &["yo", "nosotros", "nosotras", "usted", "ustedes", "tú"],
    impersonal: &["se", "esto", "eso"],
    titles: &["sr", "sra", "srta", "d", "dña", "dr", "dra", "don", "doña", "presidente", "presidenta", "ministro", "ministra", "alcalde", "alcaldesa", "senador", "senadora", "diputado", "diputada", "general", "papa", "rey", "reina", "príncipe", "princesa", "juez", "jueza", "fiscal", "director", "directora", "portavoz", "secretario", "secretaria", "canciller", "vicepresidente", "vicepresidenta", "expresidente", "expresidenta", "exministro", "exministra", "consejero", "consejera", "gobernador", "gobernadora", "profesor", "profesora", "padre", "monseñor", "líder", "jefe", "jefa", "entrenador", "seleccionador", "delegado", "delegada", "comisario", "comisaria", "embajador", "embajadora", "autor", "autora", "capitán"],
    role_nouns: &["presidente", "presidenta", "ministro", "ministra", "alcalde", "alcaldesa", "portavoz", "líder", "dirigente", "jefe", "jefa", "director", "directora", "diputado", "diputada", "senador", "senadora", "candidato", "candidata", "secretario", "secretaria", "fiscal", "juez", "jueza", "abogado", "abogada", "responsable", "canciller", "embajador", "embajadora", "diplomático", "entrenador", "técnico", "seleccionador", "experto", "experta", "economista", "fundador", "fundadora", "sindicalista", "consejero", "consejera", "gobernador", "gobernadora", "mandatario", "mandataria", "rey", "reina", "papa", "general", "comisario", "comisaria", "investigador", "investigadora", "delegado", "delegada", "vicepresidente", "vicepresidenta", "activista", "autor", "autora", "escritor", "escritora", "capitán", "capitana", "jugador", "jugadora", "delantero", "defensa", "portero", "centrocampista", "vecino", "vecina", "testigo", "víctima", "agricultor", "agricultora", "comerciante", "médico", "médica", "enfermero", "enfermera", "científico", "científica", "artista", "cantante", "actor", "actriz", "cineasta", "magistrado", "magistrada", "policía", "agente", "concejal", "concejala", "propietario", "propietaria", "trabajador", "trabajadora", "estudiante", "profesor", "profesora", "maestro", "maestra", "historiador", "historiadora", "sociólogo", "analista", "ingeniero", "arquitecto", "crítico", "crítica", "productor", "productora", "dueño", "dueña"],
    compound_roles: false,
    capitalised_nouns: false,
    non_name_caps: &[
        "el", "la", "los", "las", "un", "una", "unos", "unas", "y", "e", "o", "pero", "sino",
        "en", "de", "del", "a", "al", "por", "para", "con", "sin", "sobre", "según", "tras",
        "desde", "durante", "cuando", "si", "como", "mientras", "luego", "después", "antes",
        "además", "también", "así", "sin embargo", "entonces", "hoy", "ayer", "mañana", "este",
        "esta", "estos", "estas", "ese", "esa", "él", "ella", "ellos", "ellas", "nosotros", "se",
        "su", "sus", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
        "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
        "octubre", "noviembre", "diciembre", "preguntado", "preguntada", "consultado",
        "consultada", "para", "no", "ya", "aunque", "porque",
    ],
    skip_before_verb: &["ha", "han", "había", "habían", "habría", "hubo", "también", "además", "ya", "luego", "después", "entonces", "incluso", "hoy", "ayer", "nuevamente", "asimismo", "finalmente", "posteriormente", "por", "su", "parte", "le", "les", "se", "lo", "me", "nos", "este", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo", "la", "las"],
    determiners: &[
        "el", "la", "los", "las", "un", "una", "unos", "unas", "su", "sus", "este", "esta",
        "estos", "estas", "ese", "esa", "dos", "tres", "varios", "varias", "algunos",
        "algunas", "otro", "otra", "nuestro", "nuestra",
    ],
    definite: &["el", "la", "los", "las"],
    phrase_breakers: &[
        "que", "quien", "quienes", "cual", "y", "o", "pero", "si", "cuando", "como", "porque",
        "es", "era", "fue", "son", "de", "del", "a", "al", "en", "por", "para", "con", "sin",
        "no", "lo", "se", "sobre",
    ],
    name_particles: &["de", "del", "la", "las", "los", "y", "da", "van", "von", "di"],
    abbreviations: &["sr", "sra", "srta", "d", "dña", "dr", "dra", "etc", "núm", "pág", "avda", "ud", "uds", "ee", "uu", "ss"],
    appositive_openers: &["que", "quien", "el", "la", "los", "las", "un", "una"],
    clause_conjunctions: &["y", "e", "pero", "luego", "aunque"],
    title_small_words: &["de", "del", "la", "el", "los", "las", "y", "en", "a", "un", "una", "con", "por"],
    label_cues: &["titulado", "titulada", "llamado", "llamada", "denominado", "denominada", "apodado", "apodada", "bautizado", "bautizada", "conocido", "conocida", "supuesto", "supuesta"],
    work_nouns: &["libro", "novela", "película", "filme", "documental", "serie", "programa", "canción", "disco", "álbum", "obra", "diario", "periódico", "revista", "informe", "eslogan", "lema", "campaña", "operación", "plan", "proyecto", "movimiento", "partido", "plataforma", "buque", "barco", "marca", "apodo", "hashtag", "festival", "premio", "podcast", "blog", "sitio", "web", "expresión", "término", "palabra", "concepto", "pancarta"],
    // "lo que" + naming verb: RAE, *Nueva gramática*, relativas libres.
    what_relatives: &["lo"],
    label_after: &["apodado", "apodada", "llamado", "llamada", "conocido", "conocida"],
    elided_prefixes: &[],
    reflexives: &["se"],
    inversion_suffixes: &[],
    pro_drop: true,
    verb_second: false,
    reported_mood: &[],
    elisions: &[],
};
