import PipelineKit

/// A log-in or account question with its button on one line, anywhere in the text ("Already a
/// subscriber? Log in", "Vous avez déjà un compte ? Identifiez-vous pour poursuivre la lecture.",
/// "Toujours pas de compte ? Créez-en un", "Noch kein Konto? Jetzt registrieren"): a box of its own
/// kind; an article asks no such question and answers it with a button.
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
    ].map { Array($0.utf8) }

    /// The units that are such a question (see ``isAccountQuestion(_:_:)``).
    func accountQuestionLines(in units: [TextLine], evidence: [LineEvidence]) -> [Int] {
        // (Most units are longer or ask nothing: passed over before their evidence is read.)
        units.indices.filter { u in
            units[u].trimmedByteCount < 4 * Self.promptLinePoints && units[u].lowered.contains(0x3F)
                && isAccountQuestion(units[u], evidence[u])
        }
    }

    /// Whether a line is such a question: under ``promptLinePoints``, in the page's own words, a
    /// question naming an account, subscription or membership (``accountQuestionWords``) and an answer
    /// after it opening with a log-in or account word (``accountAnswers``).
    func isAccountQuestion(_ line: TextLine, _ e: LineEvidence) -> Bool {
        let bytes = line.lowered
        guard e.points < Self.promptLinePoints, let mark = bytes.firstIndex(of: 0x3F), mark + 1 < bytes.count,
              Self.accountQuestionWords.occurs(in: Array(bytes[..<mark])) else { return false }
        let start = TextNormalizer.wordStart(in: bytes, from: mark + 1)
        guard start < bytes.count, Self.accountAnswers.contains(where: { bytes[start...].starts(with: $0) }) else { return false }
        return e.speaksOwnWords && !e.hasQuote && e.cues[.thirdParty] + e.cues[.beneficiary] == 0
    }
}
