/// Closed word classes the attribution rules consult (all lower case).
enum WordLists {
    /// Personal pronouns that can be speakers, with the gender they give.
    static let pronounGender: [String: Gender] = [
        "he": .male, "she": .female, "they": .plural, "it": .neuter, "i": .unknown, "we": .plural, "you": .unknown,
    ]

    /// Adverbs, auxiliaries and negations that may stand between a subject and its cue.
    static let betweenSubjectAndCue: Set<String> = [
        "also", "has", "have", "had", "would", "will", "could", "can", "may", "might", "should", "must", "did",
        "does", "do", "later", "then", "previously", "repeatedly", "once", "recently", "publicly", "privately",
        "never", "often", "frequently", "simply", "flatly", "quickly", "just", "further", "still", "even",
        "again", "already", "long", "not", "n't", "openly", "reportedly", "allegedly", "initially", "first",
        "subsequently", "bluntly", "frankly", "falsely", "wrongly", "correctly", "explicitly", "specifically",
        "insistently", "angrily", "calmly", "softly", "loudly", "firmly", "strongly", "clearly", "famously",
        "memorably", "cheerfully", "jokingly", "sarcastically", "tearfully", "emphatically", "confidently",
        "consistently", "routinely", "regularly", "sometimes", "always", "usually", "generally", "herself",
        "himself", "themselves", "only", "now", "is", "was", "were", "are", "been", "be", "being",
        "ultimately", "finally", "separately", "earlier", "since", "immediately", "essentially", "effectively",
        "basically", "similarly", "likewise", "personally", "directly", "indirectly", "erroneously", "mistakenly",
        "accurately", "rightly", "vehemently", "adamantly", "plainly", "casually", "quietly", "vaguely",
        "originally", "apparently", "seemingly", "evidently", "obviously", "certainly", "surely", "actually",
        "really", "nonetheless", "nevertheless", "however", "too", "all", "both", "each", "didn't", "doesn't",
        "don't", "hasn't", "haven't", "hadn't", "wouldn't", "won't", "couldn't", "isn't", "wasn't",
    ]

    /// Relative pronouns that open a clause about a person (`a handful of Democrats who …`,
    /// `The official, whose …`).
    static let whoForms: Set<String> = ["who", "whose"]

    /// Auxiliaries that make a following past participle passive (`was told`).
    static let passiveAuxiliaries: Set<String> = ["is", "was", "were", "are", "been", "be", "being"]

    /// Words that end a speaker phrase when scanning left from a cue.
    static let phraseStop: Set<String> = [
        "that", "which", "who", "whom", "whose", "and", "but", "or", "nor", "because", "when", "while", "as",
        "if", "after", "before", "since", "although", "though", "so", "than", "where", "to", "in", "on", "at",
        "for", "with", "by", "from", "into", "about", "during", "under", "over", "against", "without", "is",
        "was", "were", "are", "be", "has", "have", "had", "not", "there", "what", "how", "why", "also", "yet",
        "until", "unless", "whether", "once", "like", "said", "says", "told", "then", "this", "these", "those",
        "it's", "there's", "let", "let's", "both", "do", "did", "does", "can", "will", "would", "could", "should",
        "may", "might", "must", "just", "even", "still", "only", "now", "here", "up", "out", "off", "down",
        "through", "across", "among", "between", "toward", "towards", "upon", "via", "per", "despite", "amid",
        "around", "behind", "beyond", "near", "outside", "inside", "within", "along", "except", "neither",
        "either", "no", "yes", "all", "every", "such", "some", "most", "more", "many", "much", "any", "other",
        "another", "been", "being", "get", "got", "make", "made", "take", "took", "give", "gave", "go", "went",
        "come", "came", "see", "saw", "seen", "look", "want", "wanted", "need", "needed", "seem", "seemed",
        "something", "anything", "everything", "nothing", "someone", "anyone", "everyone", "nobody",
        "somebody", "anybody", "everybody", "whatever", "whoever", "became", "become", "keep", "kept", "put", "set", "run", "ran", "win", "won", "lost", "lose",
    ]

    /// Determiners and possessives that may start a speaker phrase.
    static let determiners: Set<String> = [
        "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "one", "two", "three", "several",
        "some", "many", "most", "other", "another", "both", "few", "these", "those", "this", "that", "each",
    ]

    /// Words of time and place adverbials that can sit between a subject and its cue
    /// (`Trump on Tuesday said`).
    static let timeWords: Set<String> = [
        "on", "last", "this", "earlier", "late", "early", "monday", "tuesday", "wednesday", "thursday", "friday",
        "saturday", "sunday", "yesterday", "today", "tonight", "week", "month", "year", "morning", "afternoon",
        "evening", "night", "weekend", "in", "a", "the", "statement", "interview", "speech", "later", "at",
        "rally", "recent", "previous", "past", "days", "weeks", "months", "years", "ago", "now", "also",
    ]

    /// Title words stripped from a speaker's name (`Sen. Ted Cruz` → `Ted Cruz`), lower case,
    /// without a final period.
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "miss", "dr", "sen", "senator", "rep", "representative", "gov", "governor",
        "president", "vice", "former", "secretary", "commissioner", "chairman", "chairwoman", "chair",
        "speaker", "mayor", "judge", "justice", "attorney", "general", "gen", "lt", "col", "sgt", "capt",
        "cmdr", "adm", "prof", "professor", "rev", "reverend", "pastor", "father", "sister", "state", "house",
        "senate", "majority", "minority", "leader", "whip", "spokesman", "spokeswoman", "spokesperson",
        "director", "chief", "executive", "ceo", "presidential", "candidate", "nominee", "democratic",
        "republican", "gop", "press", "deputy", "assistant", "assemblyman", "assemblywoman", "councilman",
        "councilwoman", "congressman", "congresswoman", "del", "delegate", "ambassador", "minister",
        "prime", "chancellor", "king", "queen", "prince", "princess", "pope", "police", "officer", "detective",
        "sheriff", "lieutenant", "sergeant", "captain", "colonel", "major", "admiral", "private", "corporal",
        "host", "anchor", "correspondent", "analyst", "strategist", "pollster", "adviser", "advisor",
        "manager", "campaign", "chairs", "u.s", "sens", "reps", "govs", "dem", "sec", "atty", "supt",
        "superintendent", "president-elect", "first", "lady", "businessman", "businesswoman", "billionaire",
        "mogul", "activist", "author", "economist", "lawyer", "attorney-general", "treasurer", "auditor",
        "comptroller", "controller", "founder", "co-founder", "head", "officials", "official", "aide",
        "counselor", "consultant", "operative", "surrogate", "supporter", "senior", "top", "white",
    ]

    /// Abbreviations after which a period does not end a sentence.
    static let abbreviations: Set<String> = [
        "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "st", "jr", "sr", "lt", "gen", "col", "sgt", "capt",
        "cmdr", "adm", "prof", "rev", "inc", "co", "corp", "ltd", "vs", "no", "jan", "feb", "mar", "apr", "aug",
        "sept", "sep", "oct", "nov", "dec", "ft", "mt", "pres", "atty", "supt", "sens", "reps", "govs", "del",
        "est", "approx", "dept", "univ", "ave", "blvd", "rd", "mich", "calif", "fla", "ill", "mass", "penn",
        "wash", "conn", "ariz", "colo", "ind", "ky", "la", "md", "minn", "mo", "neb", "nev", "okla", "ore",
        "pa", "tenn", "tex", "va", "vt", "wis", "wyo", "ala", "ark", "ga", "kan", "miss", "mont",
        "n.h", "n.j", "n.m", "n.y", "n.c", "n.d", "s.c", "s.d", "w.va", "r.i", "d.c", "u.s", "u.k", "u.n",
        "e.g", "i.e", "a.m", "p.m", "etc", "op", "ed", "sec", "dem", "fig",
    ]

    /// Titles that give a gender.
    static let genderedTitles: [String: Gender] = [
        "mr": .male, "mrs": .female, "ms": .female, "miss": .female, "congressman": .male,
        "congresswoman": .female, "spokesman": .male, "spokeswoman": .female, "chairman": .male,
        "chairwoman": .female, "assemblyman": .male, "assemblywoman": .female, "councilman": .male,
        "councilwoman": .female, "king": .male, "queen": .female, "prince": .male, "princess": .female,
        "father": .male, "sister": .female, "lady": .female, "businessman": .male, "businesswoman": .female,
    ]

    /// Role nouns that can refer back to a named person (`the senator said`).
    static let roleNouns: [String: Gender] = [
        "senator": .unknown, "congressman": .male, "congresswoman": .female, "lawmaker": .unknown,
        "governor": .unknown, "president": .unknown, "candidate": .unknown, "nominee": .unknown,
        "spokesman": .male, "spokeswoman": .female, "spokesperson": .unknown, "mayor": .unknown,
        "secretary": .unknown, "businessman": .male, "businesswoman": .female, "billionaire": .unknown,
        "mogul": .unknown, "democrat": .unknown, "republican": .unknown, "frontrunner": .unknown,
        "front-runner": .unknown, "chairman": .male, "chairwoman": .female, "official": .unknown,
        "aide": .unknown, "adviser": .unknown, "advisor": .unknown, "director": .unknown, "judge": .unknown,
        "justice": .unknown, "leader": .unknown, "speaker": .unknown, "manager": .unknown, "host": .unknown,
        "lawyer": .unknown, "attorney": .unknown, "ambassador": .unknown, "minister": .unknown,
        "man": .male, "woman": .female, "congresswoman-elect": .female, "pope": .male, "representative": .unknown,
        "strategist": .unknown, "pollster": .unknown, "economist": .unknown, "author": .unknown,
        "commissioner": .unknown, "veteran": .unknown, "physician": .unknown, "surgeon": .unknown,
        "neurosurgeon": .unknown, "executive": .unknown, "founder": .unknown, "activist": .unknown,
        "star": .unknown, "senator-elect": .unknown, "president-elect": .unknown, "incumbent": .unknown,
        "challenger": .unknown, "contender": .unknown, "hopeful": .unknown, "populist": .unknown,
        "socialist": .unknown, "independent": .unknown, "moderator": .unknown, "anchor": .unknown,
        "reporter": .unknown, "columnist": .unknown, "writer": .unknown, "general": .unknown, "officer": .unknown,
    ]

    /// Non-person sources that report, find or show things (`the poll found`, `the memo says`).
    static let sourceNouns: Set<String> = [
        "poll", "survey", "study", "report", "analysis", "data", "review", "audit", "investigation", "statement",
        "memo", "letter", "ad", "advertisement", "document", "documents", "filing", "complaint", "lawsuit", "ruling",
        "decision", "order", "bill", "law", "plan", "proposal", "platform", "resolution", "email", "e-mail", "tweet",
        "post", "video", "release", "research", "records", "figures", "numbers", "campaign", "committee", "group",
        "agency", "department", "court", "panel", "council", "board", "company", "firm", "organization", "network",
        "newspaper", "paper", "website", "site", "book", "article", "editorial", "column", "transcript",
    ]

    /// Common first names by gender, to give a named person a gender before any pronoun does.
    static let maleFirstNames: Set<String> = [
        "donald", "bernie", "ted", "marco", "jeb", "ben", "john", "chris", "mike", "rand", "scott", "rick",
        "bobby", "lindsey", "jim", "george", "barack", "bill", "joe", "paul", "mitch", "harry", "james",
        "robert", "michael", "william", "david", "richard", "joseph", "thomas", "charles", "daniel", "matthew",
        "anthony", "mark", "steven", "stephen", "andrew", "kenneth", "kevin", "brian", "edward", "ronald",
        "timothy", "jason", "jeffrey", "ryan", "jacob", "gary", "nicholas", "eric", "jonathan", "larry",
        "justin", "frank", "brandon", "raymond", "gregory", "samuel", "benjamin", "patrick", "jack", "dennis",
        "jerry", "tyler", "aaron", "jose", "adam", "henry", "nathan", "douglas", "zachary", "peter", "kyle",
        "walter", "ethan", "jeremy", "harold", "keith", "christian", "roger", "noah", "gerald", "carl", "terry",
        "sean", "austin", "arthur", "lawrence", "jesse", "dylan", "bryan", "jordan", "billy", "bruce",
        "albert", "willie", "gabriel", "logan", "alan", "juan", "wayne", "roy", "ralph", "randy", "eugene",
        "vincent", "russell", "elijah", "louis", "philip", "johnny", "bradley", "newt", "reince",
        "mitt", "dick", "al", "howard", "jimmy", "tim", "tom", "steve", "dan", "jon", "rudy",
        "corey", "jeff", "rob", "bob", "ed", "martin", "vladimir", "dmitry", "sergei", "xi",
        "bashar", "recep", "francois", "emmanuel", "nigel", "boris", "tony",
        "marty", "sam", "sid", "lou", "luis", "carlos", "jorge", "pedro", "miguel", "ahmed", "mohammed",
        "muhammad", "ali", "omar", "hassan", "ken", "jay", "ray", "kurt", "todd", "troy", "chuck", "doug",
        "greg", "brad", "josh", "nate", "nick", "pat", "phil", "rich", "ron", "stan", "trey", "will",
        "hugh", "ian", "neil", "glenn", "grant", "jared", "rex", "reid", "mario", "orrin", "lamar",
        "dave", "andy", "eddie", "bret", "tucker", "rush", "hank", "ike", "mo", "fred",
    ]

    static let femaleFirstNames: Set<String> = [
        "hillary", "carly", "nancy", "elizabeth", "sarah", "michelle", "mary", "patricia", "jennifer",
        "linda", "barbara", "susan", "jessica", "karen", "lisa", "betty", "margaret", "sandra", "ashley",
        "kimberly", "emily", "donna", "melissa", "deborah", "stephanie", "rebecca", "sharon", "laura",
        "cynthia", "kathleen", "amy", "shirley", "angela", "helen", "anna", "brenda", "pamela", "nicole",
        "emma", "samantha", "katherine", "christine", "debra", "rachel", "catherine", "carolyn", "janet",
        "ruth", "maria", "heather", "diane", "virginia", "julie", "joyce", "victoria", "olivia", "kelly",
        "christina", "lauren", "joan", "evelyn", "judith", "megan", "cheryl", "andrea", "hannah", "martha",
        "jacqueline", "frances", "gloria", "ann", "teresa", "kathryn", "sara", "janice", "jean", "alice",
        "madison", "doris", "abigail", "julia", "judy", "grace", "denise", "amber", "marilyn", "beverly",
        "danielle", "theresa", "sophia", "marie", "diana", "brittany", "natalie", "isabella", "charlotte",
        "rose", "alexis", "kayla", "kellyanne", "huma", "debbie", "nikki", "condoleezza", "madeleine",
        "ivanka", "melania", "chelsea", "loretta", "sheryl", "katy", "kate", "jill", "jane", "jan", "kay",
        "claire", "dianne", "tammy", "kirsten", "maxine", "marsha", "michele", "kristen", "kristin",
        "hope", "sonia", "elena", "marine", "hilary", "jeanne", "jeanine",
        "megyn", "greta", "mika", "gwen", "robin", "erin", "dana", "gretchen",
        "ellen", "tina", "paula", "lynn", "anne", "susana", "carrie", "stacey", "ayanna", "ilhan", "jennie",
        "becky", "cindy", "peggy", "sally", "sue", "wendy", "lois", "joni", "shelley", "susie",
    ]

    /// Capitalised words that begin sentences but are not names.
    static let capitalizedNonNames: Set<String> = [
        "the", "a", "an", "but", "and", "or", "in", "on", "at", "for", "with", "by", "from", "to", "of", "as",
        "it", "its", "this", "that", "these", "those", "he", "she", "they", "we", "i", "you", "his", "her",
        "their", "our", "my", "if", "when", "while", "after", "before", "since", "although", "though", "so",
        "yet", "still", "then", "now", "there", "here", "what", "who", "why", "how", "where", "which",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
        "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "mr", "mrs", "ms", "dr", "no", "yes", "not", "one", "all", "some", "many", "most", "even", "also",
        "asked", "according", "last", "next", "during", "despite", "because", "both", "each", "every", "just",
        "meanwhile", "however", "instead", "speaking", "earlier", "later", "today", "yesterday", "update",
        "read", "watch", "photo", "video", "like", "unlike", "among", "under", "over", "about", "through",
        "until", "without", "within", "whether", "do", "does", "did", "is", "are", "was", "were", "be",
        "has", "have", "had", "will", "would", "could", "should", "can", "might", "must", "let",
        "thank", "thanks", "please", "well", "oh", "okay", "ok", "sir", "god", "american", "americans",
        "given", "back", "overall", "indeed", "again", "finally", "first", "second", "third", "perhaps", "maybe", "often",
        "sometimes", "once", "twice", "soon", "already", "never", "always", "rather", "otherwise",
    ]
}

/// The grammatical gender a mention gives, as far as the text tells.
enum Gender: UInt8 {
    case unknown, male, female, plural, neuter

    /// Whether a mention with this gender can refer to an entity of `other`.
    func agrees(with other: Gender) -> Bool {
        self == .unknown || other == .unknown || self == other
    }
}
