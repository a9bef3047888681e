//! Portuguese (European and Brazilian).
//!
//! Sources: reporting verbs ("verbos dicendi" / "verbos de elocução") and their presente,
//! pretérito perfeito and composto forms from Cunha & Cintra, *Nova Gramática do Português
//! Contemporâneo* (the chapter on discurso direto) and the conjugation tables of the
//! Dicionário Priberam; "segundo", "de acordo com", "conforme", "para" (opinion) from the
//! Priberam and Houaiss entries; the usual news alternatives to "disse" from the *Manual da
//! Redação* of Folha de S.Paulo; titles from Priberam's list of abbreviations (Sr., Sra., Dr.).

use super::Lexicon;

/// Portuguese.
#[rustfmt::skip]
pub const PT: Lexicon = Lexicon {
    code: "pt",
    stopwords: &[
        "o", "os", "as", "do", "da", "dos", "das", "em", "no", "na", "nos", "nas", "um", "uma",
        "que", "para", "com", "não", "por", "mais", "foi", "ao", "segundo", "disse", "também",
        "pelo", "pela", "é", "são", "mas",
    ],
    reporting_verbs: &[
        "disse", "diz", "dizem", "disseram", "dizia", "dito", "afirmou", "afirma", "afirmam",
        "afirmaram", "afirmado", "declarou", "declara", "declararam", "declarado", "garantiu",
        "garante", "garantiram", "acrescentou", "acrescenta", "acrescentaram", "explicou",
        "explica", "explicaram", "explicado", "ressaltou", "ressalta", "salientou", "salienta",
        "sublinhou", "sublinha", "destacou", "destaca", "apontou", "aponta", "lembrou",
        "lembra", "recordou", "recorda", "insistiu", "insiste", "reconheceu", "reconhece",
        "admitiu", "admite", "criticou", "critica", "denunciou", "denuncia", "lamentou",
        "lamenta", "respondeu", "responde", "rebateu", "rebate", "replicou", "perguntou",
        "pergunta", "questionou", "questiona", "anunciou", "anuncia", "confirmou", "confirma",
        "esclareceu", "esclarece", "comentou", "comenta", "escreveu", "escreve", "escrito",
        "publicou", "tuitou", "concluiu", "conclui", "prometeu", "promete", "reiterou",
        "reitera", "defendeu", "defende", "avaliou", "avalia", "considerou", "considera",
        "opinou", "contou", "conta", "relatou", "relata", "advertiu", "adverte", "alertou",
        "alerta", "avisou", "pediu", "pede", "cobrou", "cobra", "exigiu", "exige", "frisou",
        "frisa", "argumentou", "argumenta", "sustentou", "sustenta", "justificou", "justifica",
        "observou", "observa", "completou", "completa", "emendou", "desabafou", "ironizou",
        "informou", "informa", "dito", "afirmava", "dizia",
    ],
    participles: &["acrescentando", "dizendo", "afirmando", "explicando", "ressaltando", "lembrando", "destacando"],
    naming_verbs: &["classificou", "classifica", "chamou", "chama", "qualificou", "definiu", "descreveu", "descreve", "falou", "fala", "falam", "falado"],
    according_before: &["segundo", "de acordo com", "conforme", "na opinião de", "nas palavras de"],
    according_initial: &["para"],
    according_after: &[],
    after_quote: &[],
    pronouns: &["ele", "ela", "eles", "elas"],
    masculine: &["ele", "o", "sr", "senhor", "dom"],
    feminine: &["ela", "a", "sra", "senhora", "dona"],
    other_pronouns: &["eu", "nós", "você", "vocês", "tu"],
    impersonal: &["isso", "isto"],
    titles: &["sr", "sra", "srta", "dr", "dra", "doutor", "doutora", "dom", "dona", "presidente", "ministro", "ministra", "prefeito", "prefeita", "presidenta", "senador", "senadora", "deputado", "deputada", "general", "papa", "rei", "rainha", "príncipe", "princesa", "juiz", "juíza", "procurador", "procuradora", "diretor", "diretora", "porta-voz", "secretário", "secretária", "chanceler", "governador", "governadora", "professor", "professora", "padre", "cardeal", "bispo", "comissário", "embaixador", "embaixadora", "técnico", "treinador", "líder", "chefe", "vice-presidente", "ex-presidente", "ex-ministro", "ex-ministra", "autarca", "primeiro-ministro", "primeira-ministra", "promotor", "promotora", "capitão"],
    role_nouns: &["presidente", "presidenta", "ministro", "ministra", "prefeito", "prefeita", "porta-voz", "líder", "dirigente", "chefe", "diretor", "diretora", "deputado", "deputada", "senador", "senadora", "candidato", "candidata", "secretário", "secretária", "procurador", "procuradora", "juiz", "juíza", "advogado", "advogada", "responsável", "chanceler", "embaixador", "embaixadora", "diplomata", "treinador", "técnico", "especialista", "economista", "fundador", "fundadora", "sindicalista", "governador", "governadora", "rei", "rainha", "papa", "general", "comissário", "pesquisador", "pesquisadora", "investigador", "investigadora", "vice-presidente", "primeiro-ministro", "primeira-ministra", "autarca", "ativista", "empresário", "empresária", "autor", "autora", "escritor", "escritora", "capitão", "jogador", "jogadora", "atacante", "zagueiro", "goleiro", "guarda-redes", "médio", "vizinho", "vizinha", "morador", "moradora", "testemunha", "vítima", "agricultor", "agricultora", "comerciante", "médico", "médica", "enfermeiro", "enfermeira", "cientista", "artista", "cantor", "cantora", "ator", "atriz", "cineasta", "magistrado", "magistrada", "policial", "polícia", "agente", "vereador", "vereadora", "proprietário", "proprietária", "trabalhador", "trabalhadora", "estudante", "professor", "professora", "historiador", "historiadora", "sociólogo", "analista", "engenheiro", "arquiteto", "crítico", "crítica", "promotor", "promotora", "músico", "produtor", "produtora", "dono", "dona"],
    compound_roles: false,
    capitalised_nouns: false,
    non_name_caps: &[
        "o", "a", "os", "as", "um", "uma", "uns", "umas", "e", "ou", "mas", "em", "no", "na",
        "nos", "nas", "de", "do", "da", "dos", "das", "ao", "à", "por", "pelo", "pela", "para",
        "com", "sem", "sobre", "segundo", "após", "depois", "antes", "durante", "quando", "se",
        "como", "enquanto", "além", "também", "assim", "porém", "contudo", "entretanto",
        "hoje", "ontem", "amanhã", "este", "esta", "esse", "essa", "ele", "ela", "eles", "elas",
        "nós", "seu", "sua", "seus", "suas", "segunda-feira", "terça-feira", "quarta-feira",
        "quinta-feira", "sexta-feira", "sábado", "domingo", "janeiro", "fevereiro", "março",
        "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro",
        "dezembro", "questionado", "questionada", "procurado", "procurada", "não", "já",
        "ainda", "conforme",
    ],
    skip_before_verb: &[
        "tem", "têm", "tinha", "tinham", "teria", "havia", "também", "ainda", "já", "depois",
        "então", "hoje", "ontem", "novamente", "posteriormente", "ainda", "lhe", "lhes", "se",
        "me", "nos", "mais", "tarde", "logo",
    ],
    determiners: &[
        "o", "a", "os", "as", "um", "uma", "uns", "umas", "seu", "sua", "seus", "suas", "este",
        "esta", "esse", "essa", "dois", "duas", "três", "vários", "várias", "alguns", "algumas",
        "outro", "outra", "nosso", "nossa",
    ],
    definite: &["o", "a", "os", "as"],
    phrase_breakers: &[
        "que", "quem", "qual", "e", "ou", "mas", "se", "quando", "como", "porque", "é", "era",
        "foi", "são", "de", "do", "da", "em", "no", "na", "por", "para", "com", "sem", "não",
        "ao", "à", "pelo", "pela",
    ],
    name_particles: &["de", "do", "da", "dos", "das", "e", "van", "von", "di"],
    abbreviations: &["sr", "sra", "srta", "dr", "dra", "prof", "profa", "etc", "pág", "av", "nº", "v", "ex"],
    appositive_openers: &["que", "quem", "o", "a", "os", "as", "um", "uma"],
    clause_conjunctions: &["e", "mas", "depois", "porém"],
    title_small_words: &["de", "do", "da", "dos", "das", "o", "a", "e", "em", "um", "uma", "com", "por"],
    label_cues: &["intitulado", "intitulada", "chamado", "chamada", "denominado", "denominada", "apelidado", "apelidada", "batizado", "batizada", "conhecido", "conhecida", "suposto", "suposta"],
    work_nouns: &["livro", "romance", "filme", "documentário", "série", "programa", "novela", "canção", "música", "álbum", "disco", "obra", "jornal", "diário", "revista", "relatório", "slogan", "lema", "campanha", "operação", "plano", "projeto", "movimento", "partido", "navio", "marca", "apelido", "hashtag", "festival", "prêmio", "prémio", "podcast", "blog", "site", "expressão", "termo", "palavra", "bordão", "faixa", "frase", "tema"],
    // "aquilo que" + naming verb: Priberam, pronome demonstrativo.
    what_relatives: &["aquilo"],
    label_after: &["apelidado", "apelidada", "chamado", "chamada", "conhecido", "conhecida"],
    elided_prefixes: &[],
    reflexives: &["se"],
    inversion_suffixes: &[],
    pro_drop: true,
    verb_second: false,
    reported_mood: &[],
    elisions: &[],
};
