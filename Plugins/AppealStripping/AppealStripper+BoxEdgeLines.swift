import PipelineKit

/// The short lines at the rim of an appeal box that the line scorer rates low because they carry
/// few words: the header that introduces the box ("Top five ways you can support us:"), the
/// button and sign-off under it ("Offrez un article", "Join the Press Club", "Danke!"), its
/// fundraising progress bar ("12.400 € von 25.000 €"), and the messages of its sign-up form
/// ("Success!", "You're on the list.", "Please try again later.", "Submitting..."), and a letter's
/// closing under it (``closesLetter(_:at:)``). Each goes with a kept block it touches, whatever the
/// scorer says.
extension AppealStripper {
    /// How many such lines a kept block may take on each side (a form prints a few states in a row).
    static let boxEdgeLines = 3
    /// The longest box edge line, in code points.
    static let boxEdgeLinePoints = 60
    /// The longest sign-off below a box ("Thank you!", "Vielen Dank!", "Спасибо!"), in code points.
    static let signOffPoints = 30

    /// Whether a line with a sign-off cue is short enough to be only a sign-off: at most
    /// ``signOffPoints`` code points and three words, without a full stop ("The team won 3-1." is
    /// article text).
    static func isSignOff(_ text: Substring) -> Bool {
        isShortLabel(text, points: signOffPoints, words: 3)
    }

    /// Whether unit `u` of `units` is a line of the box's rim right above (`above`) or below a kept
    /// block: a box edge line (``isBoxEdgeLine(_:above:)``), or below it a letter's closing, which
    /// needs the units above it to tell a signature from a byline (``closesLetter(_:at:)``).
    func isBoxEdgeLine(_ units: [ScoringUnit], at u: Int, above: Bool) -> Bool {
        (!above && Self.closesLetter(units, at: u)) || isBoxEdgeLine(units[u], above: above)
    }

    /// Whether `unit` is a box's header (above a kept block: a short line ending with a colon that
    /// carries an appeal cue or addresses the reader), its button or sign-off (below: a short line
    /// opening with a call, or a sign-off: ``isSignOff(_:)``), or its progress bar or a message of
    /// its sign-up form (either side; see ``opensWithFormState(_:)``); never a line reporting or quoting.
    func isBoxEdgeLine(_ unit: ScoringUnit, above: Bool) -> Bool {
        let text = unit.trimmedText
        guard !text.isEmpty, text.unicodeScalars.count <= Self.boxEdgeLinePoints else { return false }
        let line = String(text)
        let normalized = TextNormalizer.normalized(line)
        let e = LineEvidence(line: line, normalized: normalized, matcher: matcher)
        guard e.speaksOwnWords else { return false }
        if e.isProgressBar || Self.opensWithFormState(normalized) { return true }
        if above { return text.last == ":" && (e.hasAppealCue || e.addressesReader) }
        return e.opensWithCall || (e.cues[.signoff] > 0 && Self.isSignOff(text))
    }

    /// How a sign-up or donation form's message about itself begins once it is sent or fails
    /// (normalized, lowercase), in English, German, French, Russian and Ukrainian. A line must begin with one:
    /// "The launch was a success!" is no form message (nor is "Something went wrong at the plant.":
    /// only "Sorry, something went wrong" is listed).
    static let formStates: [[UInt8]] = ([
        "success!", "thank you for signing up", "thanks for signing up", "thank you for subscribing",
        "thanks for subscribing", "you're on the list", "you are on the list", "you're subscribed",
        "please try again later", "submitting...", "submitting…", "processing...", "processing…",
        "sorry, something went wrong", "sorry, there seem to be some issues",
        "check your inbox", "invalid email", "vielen dank für ihre anmeldung", "danke für ihre anmeldung",
        "bitte versuchen sie es später", "merci pour votre inscription", "merci de votre inscription",
        "veuillez réessayer", "спасибо за подписку", "попробуйте позже",
        // A registration or an order, and the account it opens.
        "thank you for registering", "thanks for registering", "thank you for your order", "your account has been activated",
        "your account is activated", "vielen dank für ihre registrierung", "vielen dank für ihre bestellung",
        "ihr konto ist aktiviert", "ihr benutzerkonto ist aktiviert", "merci pour votre commande", "votre compte est activé",
        "votre compte a été activé", "спасибо за регистрацию", "спасибо за заказ", "ваш аккаунт активирован",
        // The messages a newsletter platform's form prints for every site it hosts (a member's
        // sign-up, sign-in and billing; an address refused), and the required-field key under it.
        "great! you've successfully signed up", "welcome back! you've successfully signed in",
        "you've successfully subscribed", "you have successfully subscribed", "your billing was not updated",
        "your link has expired", "please try again or contact support", "please enter a valid email",
        "the email address is incorrect", "the e-mail address is incorrect", "indicates required",
        "sie haben sich erfolgreich angemeldet", "bitte geben sie eine gültige e-mail", "pflichtfeld",
        "vous êtes bien inscrit", "veuillez saisir une adresse e-mail valide", "champ obligatoire", "champs obligatoires",
        "вы успешно подписались", "введите корректный email", "обязательное поле",
        // The Ukrainian counterparts of the Russian messages.
        "дякуємо за підписку", "спробуйте пізніше", "дякуємо за реєстрацію", "ви успішно підписалися",
        "введіть коректний email", "обов'язкове поле",
    ] as [String]).map { Array($0.utf8) }
}
