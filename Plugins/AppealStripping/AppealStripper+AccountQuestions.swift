import PipelineKit

/// A log-in or account question with its button on one line, anywhere in the text ("Already a
/// subscriber? Log in", "Vous avez déjà un compte ? Identifiez-vous pour poursuivre la lecture.",
/// "Toujours pas de compte ? Créez-en un", "Noch kein Konto? Jetzt registrieren"), or a short
/// question answered by a sign-up ("P.S. First time reading? Subscribe here for free."): a box of
/// its own kind; an article asks no such question and answers it with a button or a sign-up form.
extension AppealStripper {
    /// What the question asks about: an account, a subscription or a membership with the medium.
    static let accountQuestionWords = ByteNeedles([
        "subscriber", "account", "member", "abonné", "compte", "membre", "konto", "abonnent", "mitglied", "аккаунт",
        "подписчик", "акаунт", "передплатник",
    ].map { Array($0.utf8) })

    /// How the answer after the question mark opens: logging in, identifying oneself or making an
    /// account ("Créez-en un", "Create one"; a bare "Create …" may be the article's advice: "Have an
    /// account with the county? Create a new password before March.").
    static let accountAnswers: [[UInt8]] = buttonOpenings + [
        "identifiez", "connectez", "créez-en", "créez un compte", "créez votre compte", "inscrivez", "create one",
        "create an account", "create a free account", "register now", "register here", "register for free", "sign up",
        "jetzt registrieren", "hier registrieren", "registrieren sie sich", "jetzt anmelden", "зарегистрир", "увійти", "зареєстр",
        // Coming in ("Есть аккаунт на нашем сайте? Входите!").
        "входите", "войдите", "заходите", "входьте",
    ].map { Array($0.utf8) }

    /// How the answer to a question whether the reader is not yet a member opens: joining ("Not a
    /// member? Join the herd."). "Already a member of the club? Join the regatta" asks no such thing.
    static let joinAnswers: [[UInt8]] = [
        "join", "rejoignez", "adhérez", "werden sie mitglied", "jetzt mitglied werden", "станьте", "вступайте", "долучайтеся",
    ].map { Array($0.utf8) }

    /// The negation of a question whether the reader is a member ("Not a member?", "Pas encore membre ?",
    /// "Noch kein Mitglied?", "Ещё не подписчик?").
    static let notYet = ByteNeedles(["not ", "pas ", "kein", "не "].map { Array($0.utf8) })

    /// The units that are such a question (see ``isAccountQuestion(_:_:)``).
    func accountQuestionLines(in units: [TextLine], evidence: [LineEvidence]) -> [Int] {
        // (Most units are longer or ask nothing: passed over before their evidence is read.)
        units.indices.filter { u in
            units[u].trimmedByteCount < 4 * Self.promptLinePoints && units[u].lowered.contains(0x3F)
                && isAccountQuestion(units[u], evidence[u])
        }
    }

    /// How a sign-up answering any short question opens ("Enjoying this story? Sign up for …", "New
    /// here? Subscribe here for free."); a call to join or give may answer an article's question too.
    static let signUpAnswers: [[UInt8]] = [
        "subscribe", "sign up", "abonnez", "inscrivez", "abonnieren", "melden sie sich", "подпиш", "підпиш",
    ].map { Array($0.utf8) }

    /// What makes such a sign-up the page's own: a word of access ("newsletter", "subscri…", "inbox"),
    /// or a pointer to its form ("here", "for free", "at no cost").
    static let signUpPointers = ByteNeedles([" here", "for free", "at no cost", "gratuit", "kostenlos", "бесплатно"].map { Array($0.utf8) })

    /// A question a sign-up answers ends within this many bytes of the line's start.
    static let signUpQuestionBytes = 80

    /// Whether a line is such a question: under ``promptLinePoints``, in the page's own words, a
    /// question naming an account, subscription or membership (``accountQuestionWords``) and an answer
    /// after it opening with a log-in or account word (``accountAnswers``), or, when the question asks
    /// whether the reader is not one yet (``notYet``), with joining (``joinAnswers``); or a short question of any
    /// kind answered by a sign-up (``signUpAnswers``) that names access or points to its form.
    func isAccountQuestion(_ line: TextLine, _ e: LineEvidence) -> Bool {
        let bytes = line.lowered
        guard e.points < Self.promptLinePoints, let mark = bytes.firstIndex(of: 0x3F), mark + 1 < bytes.count else { return false }
        let start = TextNormalizer.wordStart(in: bytes, from: mark + 1)
        guard start < bytes.count else { return false }
        let answers = { (openings: [[UInt8]]) in openings.contains { bytes[start...].starts(with: $0) } }
        let question = Array(bytes[..<mark])
        let account = Self.accountQuestionWords.occurs(in: question)
            && (answers(Self.accountAnswers) || (Self.notYet.occurs(in: question) && answers(Self.joinAnswers)))
        let signUp = mark < Self.signUpQuestionBytes && answers(Self.signUpAnswers)
            && (Self.accessWords.occurs(in: bytes) || Self.signUpPointers.occurs(in: bytes, from: start))
        guard account || signUp else { return false }
        return e.speaksOwnWords && !e.hasQuote && e.namesNoOtherParty
    }
}
