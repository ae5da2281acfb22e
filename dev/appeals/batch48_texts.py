"""Forty-eighth batch: written by a helper, never scored before being committed (its first run is the
honest estimate). Whole pre-composed documents in the layouts of real scraped pages.

48 documents (26 appeal, 22 negative; DE, RU, FR, EN): our own paraphrases of every document of the
two local-only real probes 30 (24 documents) and 31 (24 documents). Each keeps the real page's
structure (headline, dateline, byline, photo-credit lines, a "×" close mark and app banner, a
foreign-agent notice in capitals, a Telegram channel header with its link footer, a site menu with
currency bullets, a Belarusian date line and slogan, news-in-brief bullets, "At a glance" lists,
glued labels like "PresseschauMiniaturNEU" and "Abo lösenLogin", underscore separators, a podcast
transcript, a paywall teaser cut off with "…" whose full text then follows) and exactly what the
real gold marks: a year-end reader letter box on top of two morning digests (in one of them also
the two sentences of the editor's note that say readers choose what they pay, while the price of a
rival paper and the signature stay text); a support plea with its "Vergelt's Gott!" sign-off after
an "in eigener Sache" line; a paywall line with its subscribe/login buttons; a trial-subscription
campaign paragraph (the editorial retreat notice after it stays text); a blogger's plea with bank,
card, crypto and standing-order lines and his "support my work" line; a free radio's plea for
donations and supporting memberships; an app-download banner; a follow-us-on-social-media line; a
digest-by-email sentence inside a paragraph; only the "help us" item of a Telegram footer; a
"support us" menu item glued to a language link; a two-line support button; a newsletter sign-up
sentence and two nonprofit support blocks of one newsletter page; a top and an end fundraising
box; a paid-subscribers-only line; a podcast's tip-jar paragraph; a subscriber pictogram line; an
audio-reading subscribe box; a paywall with arrow bullets; a donation-campaign end block; a
two-line capitals plea under a date line; two different "for free with the latest updates" plugs
inside a report on another site's crowdfunding; a crowdfunding box ending in "|"; a newsletter
sign-up at the end of a publisher's column for a local charity fund (the column's own plea for the
fund stays text); a subscriber login box between a cut teaser and the full article. Negatives
keep what makes the real ones hard: a critic on a state-funded partisan site and "financial
independence", a media-watch blog on a crowdfunded magazine with its donation and 5-euro
subscription, a members' newsletter with a donations affair, a party whose MPs give most of their
pay to the needy, a short accident report, opposition outlets' falling crypto donations, a charity
subscription drive for children's homes, a region's collection with sums, a fashion-week charity
auction in a Telegram post, an internet-outage report with a foreign-agent notice, newspapers back
in a subscription catalogue; readers' letters to a magazine, a blogger vowing to pay for news and
donate, a magazine's print edition suspended for lack of donor money, a blogger who will not
subscribe, a co-operative thanking donors, a site thanking its donors at its birthday, a blogger
listing the charities she gives to, a new investigative outlet funded by gifts, a blog urging
readers to back another site's Kickstarter, two school-board contract reports.

Every sentence, outlet, person, place, number and URL is ours (example-style domains); no run of more
than five consecutive words is copied from the real pages (checked mechanically, lowercased and
whitespace-split). The modelled real outlet is noted in each outlet field. Like batches 29-47
`build_devset.py --batch48` writes Fixtures/unseen-batch48.jsonl: it takes each text as it stands
and locates every gold appeal substring in it (asserted unique). Named `unseen-` so it stays out of
the line scorer's training files: no rule and no scorer is fitted to it.
"""


from whole_documents import _doc, _neg


# --- Probe 30 -----------------------------------------------------------------------------------

_LINDENAU_BOX = "\n".join([
    "Liebe Leserin, lieber Leser,",
    "",
    "2021 hat uns allen viel abverlangt. Zwölf Monate lang haben wir Sie rasch und verlässlich auf dem Laufenden gehalten: über die Pandemie, über den Stadtrat und über vieles mehr, das Sie betrifft. ",
    "",
    "Zwölf Monate lang wollten wir Sie auch gut unterhalten – mit dem #Kulturbrief, langen Reportagen, Rundgängen im Panorama, Fortsetzungsreihen und starken Bildern.",
    "",
    "Zwölf Monate lang sind wir für Bühnen, Wirtshäuser und Ladengeschäfte vor Ort eingetreten und haben oft deutlich Stellung bezogen.",
    "",
    "Damit wir auch 2022 mit dieser Qualität und auf sicherem Boden weiterarbeiten können, bitten wir Sie um etwas:",
    "",
    "Unterstützen Sie bitte unsere Redaktion. Wie viel Sie geben, entscheiden Sie selbst – schon ab 5 Euro monatlich.",
])

_LINDENAU_NOTE = "Beim Stadtportal dagegen legen die Leserinnen und Leser selbst fest, was ihnen unsere Arbeit wert ist. Und jeden Monat machen mehr von ihnen freiwillig mit. Vielen Dank!"

_KIRCHENBLICK_PLEA = "\n".join([
    "Machen Sie mit! Helfen Sie, eine freie und kritische katholische Stimme am Leben zu halten, die keinen Cent aus Kirchensteuermitteln, von Verbänden, Stiftungen oder reichen Gönnern erhält. Getragen wird sie allein von Ihren Spenden. Genau darum ist sie wirklich frei.",
    "Kirchenblick hat als erstes katholisches Medium den Kurs des neuen Pontifikats offen hinterfragt, während andernorts noch alles schöngeredet wurde, was sich nicht schönreden ließ.",
    "Diese Rolle haben wir nicht gesucht und auch nicht gewünscht; wir haben sie aus Treue zur Kirche und zum Glauben als unausweichlich erkannt. So hat sich unsere Berichterstattung gewandelt.",
    "Das kostet Kraft und verlangt viel, doch gemeinsam mit Ihnen gelingt es.",
    "Bitte unterstützen Sie uns. Bitte helfen Sie uns.",
    "Vergelt's Gott!",
])

_AARETAL_WALL = "\n".join([
    "Den ganzen Beitrag lesen Sie mit einem Abonnement.",
    "",
    "Abo lösenLogin",
])

_FACKEL_CAMPAIGN = "Für unsere Aktion „500 neue Leser bis zum Herbst“ haben wir Abonnentinnen und Abonnenten gebeten zu erzählen, weshalb sie jede Woche zur Neuen Fackel greifen, was sie darin finden und wozu sie ihnen taugt. Diesmal kommen der Bildhauer Konrad Lehne (Seite 13) und die Chorleiterin Elsa Brandt zu Wort. Weitere Stimmen sind willkommen – ausdrücklich auch unbequeme. Lob allein hilft uns wenig; die Stimmen sollen andere neugierig machen, die Wochenzeitung der Bund-Partei einmal selbst aufzuschlagen. Bis zum Pressefest im September möchten wir 500 neue Testleserinnen und Testleser finden. So funktioniert es: Sechs Wochen lang bekommen Sie die Neue Fackel gratis, gedruckt oder digital. Anschließend endet das Testabo von allein."

_OBERMAIER_PLEA = "\n".join([
    "Wer unbequeme Dinge ausspricht, sollte ein gutes Paar Laufschuhe besitzen, sagt ein altes Sprichwort. Dieser Blog, den es erst seit Frühjahr 2020 gibt, wird inzwischen bis zu 31,4 Millionen Mal pro Monat aufgerufen. Das gefällt nicht jedem, und manche Gegner sind einflussreich. Umso mehr zählt Ihre Unterstützung! Jeder Euro ist ein Signal, er bringt die gut versorgten Erzieher unter den Kollegen zur Weißglut und hilft, Berichte ohne erhobenen Zeigefinger und ohne Parteibrille zu ermöglichen – und sie an Millionen Leser zu bringen. Haben Sie vielen Dank!",
    "",
    "",
    "Meine Kontodaten: Inhaber Jens Obermaier, Zweck: Schenkung, IBAN: DE00 1234 5678 0000 1111 22 oder BE00 1111 2222 3333",
    "(ersatzweise: LT00 1000 2000 3000 4000, BIC: EXAMPLEXXX).",
    "",
    "",
    "Per Kreditkarte, Google Pay und Co. – über diese Seite.",
    "",
    "",
    "Über Paypal geht es leider nicht mehr, seit man mir dort die Konten gekündigt hat (mehr dazu hier).",
    "",
    "",
    "Kryptowährung: Adresse schicke ich Ihnen gern auf Nachfrage.",
    "",
    "",
    "Regelmäßig helfen: per Dauerauftrag auf das oben genannte Konto.",
    "",
    "Helfen Sie mir bei meiner Arbeit",
])

_WELLE_PLEA = "Ohne euch gäbe es dieses Programm nicht. Spenden oder eine Fördermitgliedschaft helfen uns sehr. Am allerschönsten wäre es aber, wenn ihr selbst Lust bekommt, Sendungen zu machen – freies Radio also nicht nur einschaltet und mitträgt, sondern mitgestaltet! Schreibt uns außerdem jederzeit, was euch gefällt und was nicht."

_GORNY_BANNER = "\n".join([
    "Установите наше приложение — открывается и без VPN!",
    "Установить Установить",
])

_ZAREVO_SOCIAL = "Следите за новостями округа в наших сообществах во «ВКонтакте» и в «Одноклассниках»."

_URALPOST_MAIL = "Ровно такое письмо мы каждый вечер отправляем многим тысячам подписчиков. Хотите получать его тоже? Оставьте нам свою почту, больше ничего не потребуется."

_PEREPRAVA_HELP = "Поддержать «Переправу»"

_OBOZR_SUPPORT = "Помогите нам"

_VOLNY_SUPPORT = "\n".join([
    "Падтрымайце",
    "рэдакцыю",
])


def _pereprava_header():
    return [
        "Переправа. Политика",
        "312K subscribers",
        "64.9K photos",
        "27.8K videos",
        "11 files",
        "58.3K links",
        "Сводки и разборы событий в Украине от редакции интернет-издания \"Переправа\".",
        "",
        "Наш сайт:",
        "",
        "www.pereprava.example",
        "",
        "Мы на YouTube:",
        "",
        "https://video.example/c/pereprava",
        "",
        "Мы в Facebook:",
        "",
        "https://social.example/perepravanews",
        "Download Telegram",
    ]


PROBE30 = [
    _doc("b48-stadtportal-presseschau-box-top", "appeal", "top",
         "Invented; modelled on Bürgerportal Bergisch Gladbach (morning press review under a year-end reader letter box)", "de", [
             _LINDENAU_BOX + " ",
             "",
             "PresseschauMiniaturNEU",
             "",
             "Guten Morgen, liebe Leserschaft. Das ist heute wichtig:",
             "",
             "Im Landeswettbewerb „Smarte Kommune“ hofft Lindenau zumindest auf einen Platz unter den Finalisten. Eingereicht hat die Verwaltung ein Konzept, von dem die Bürger auch dann etwas haben sollen, wenn am Ende kein Preis herausspringt. SPL",
             "",
             "Die neue Entwicklungsgesellschaft für das frühere Brauereigelände hat der Stadtrat ohne Debatte auf den Weg gebracht, nur die Linke stimmte dagegen. Einer der zwei Geschäftsführer soll Stadtbaurätin Ute Kersting werden, den zweiten sucht man außerhalb des Rathauses. SPL, vgl. SPL 12.4.",
             "",
             "Bis zu sechs Wettbüros müssen womöglich schließen, weil nach den neuen Landesregeln 300 Meter Abstand zwischen ihnen vorgeschrieben sind. Das erklärte die Verwaltung im Stadtrat auf Anfrage der Grünen. Geprüft wird noch. Manche Städte lassen das Los entscheiden, was der örtliche Betreiber Dieter Ansorge für ungerecht hält. SPL, LZ/WA",
             "",
             "Gemeinsam mit zwei Nachbarkreisen hat der Kreis den Zuschlag für die Landesgartenschau 2029 bekommen. Im Raum stehen Fördermittel in dreistelliger Millionenhöhe. Nun werden die ersten Schwerpunkte festgelegt und Gremien gebildet. KRL",
         ], appeals=[_LINDENAU_BOX]),
    _doc("b48-stadtportal-wissenwaslaeuft-box-top", "appeal", "top",
         "Invented; modelled on Bürgerportal Bergisch Gladbach (morning digest: reader letter box on top, editor's note on paying what you like)", "de", [
             _LINDENAU_BOX + " ",
             "",
             "🙂 Guten Morgen! Auf 49,90 Euro im Monat steigt demnächst das Abo des Lindenauer Tagblatts; stolz für eine Zeitung aus der Region. Guter Journalismus verursacht hohe Kosten, und irgendwer muss sie tragen. " + _LINDENAU_NOTE + " Ihr Frank Helmbrecht mit der ganzen Redaktion",
             "",
             "Auf einen Blick",
             "",
             "  • Ende der Testpflicht spaltet die Stadt",
             "  • Zahl der Corona-Fälle auf Station verdreifacht",
             "  • Kunst im leeren Laden in Oberlinden",
             "  • Brauereigelände rückt in Förderliste auf",
             "  • 150 Bilder für die Kältehilfe",
             "",
             "Das ist heute wichtig",
             "",
             "Der Steuerungskreis der Landesgartenschau hat vier Vorhaben endgültig zugelassen und sechs weitere in die Prüfung genommen. Auch Lindenau ist mit dem Umbau des Brauereigeländes eine Runde weiter und steht nun kurz vor der letzten Hürde zur Förderung. stadtportal-lindenau.example, LZ*",
             "",
             "Im Kreis ist die Arbeitslosigkeit im November binnen eines Jahres von 6,1 auf 5,4 Prozent zurückgegangen. Vor der Pandemie, im November 2019, hatte sie bei 5,0 Prozent gelegen. LZ*",
         ], appeals=[_LINDENAU_BOX, _LINDENAU_NOTE]),
    _doc("b48-kirchenblick-eigenesache-machensiemit-middle", "appeal", "middle",
         "Invented; modelled on Katholisches.info (notice about the editor's retreat, support plea with sign-off, readers' replies)", "de", [
             "Auch eine Redaktion braucht hin und wieder Stille, Einkehr und den Weg zu einem Gnadenort. Unser Chefredakteur Lorenzo Ferri hat deshalb die letzten vierzehn Tage fern vom Schreibtisch verbracht. Trotzdem haben wir versucht, Ihnen auch in dieser Zeit lesenswerte Texte zu bieten, und wir hoffen, das ist uns halbwegs geglückt. Seit Montag arbeitet die Redaktion wieder wie gewohnt.",
             "In eigener Sache",
             _KIRCHENBLICK_PLEA,
             "Gut gemacht, und ich nehme das gern zum Anlass, Ihnen und allen, die hier mitarbeiten, herzlich zu danken und Gottes Segen für Ihr Werk zu erbitten.",
             "Man merkt, dass hier eine eingespielte Mannschaft am Werk ist, von der noch einiges kommen wird.",
             "Gerade jetzt, wo die Zeiten nicht leichter werden.",
         ], appeals=[_KIRCHENBLICK_PLEA]),
    _doc("b48-aaretalbote-fusion-skeptisch-abo-end", "appeal", "end",
         "Invented; modelled on Langenthaler Tagblatt (short paywalled article ending in subscribe/login buttons)", "de", [
             "«Darüber war ich schon etwas überrascht»",
             "",
             "«Wir gehören bestimmt nicht zu den Dörfern, die eine Fusion um jeden Preis wollen», sagt Gemeindepräsident Urs Wyttenbach. Dennoch wünscht er sich ein Ja zum Abklärungsvertrag, damit die Bevölkerung genau erfährt, was ein Zusammenschluss bringen und kosten würde.",
             "",
             _AARETAL_WALL,
         ], appeals=[_AARETAL_WALL]),
    _doc("b48-neuefackel-sommerpause-testabo-top", "appeal", "top",
         "Invented; modelled on Unsere Zeit (party weekly: trial-subscription campaign paragraph, then a summer-break notice)", "de", [
             _FACKEL_CAMPAIGN,
             "Jede Woche eine Zeitung zu machen, die wirklich weiterhilft, ist keine Kleinigkeit. Vieles ist im Umbruch. Schauen wir über die Grenzen, scheint manches für unsere Sache gar nicht so düster. Dann wieder lähmt uns, was hierzulande passiert: die Aufrüstung, für die Regierung und Opposition gleichermaßen trommeln, der schwache Gegenwind, die Zurückhaltung der Gewerkschaftsspitzen, eine Stimmungsmache, die verfängt … Was also tun? Die Redaktion der Neuen Fackel zieht sich für einige Tage zurück. Wir wollen gemeinsam genauer hinsehen, nachdenken und darüber streiten, was eine sozialistische Wochenzeitung in einer solchen Lage leisten muss. Das braucht Zeit. Darum legen wir danach eine Woche Pause ein. Die nächste Ausgabe kommt am 9. August.",
         ], appeals=[_FACKEL_CAMPAIGN]),
    _doc("b48-obermaier-lewin-kontodaten-end", "appeal", "end",
         "Invented; modelled on reitschuster.de (blog post, then the blogger's plea with bank, card and crypto lines)", "de", [
             "Manchmal gewinnt eben doch der Anstand!",
             "",
             "Welch eine gute Nachricht! Dem Reporter Arkadi Lewin, der über Korruption in der Hafenverwaltung von Nowomorsk geschrieben hatte, wollte man offenbar gefälschte Beweise unterschieben, um ihn loszuwerden. Bei seiner Verhaftung wurde er geschlagen und schwer verletzt. Daraufhin standen seine Kollegen auf, quer durch alle Redaktionen, mit einer Geschlossenheit, die ich dort so noch nie gesehen habe. Und tatsächlich:",
             "",
             " ",
             "",
             "Die Behörden gaben nach. Das Verfahren gegen Lewin wurde heute eingestellt, die Fußfessel kommt ab. Die Polizisten, die den Fall „bearbeitet“ hatten, sind vorerst beurlaubt! Welch ein Signal, dass Druck von unten doch etwas ausrichten kann! Hätten wir hierzulande nur halb so viel Ausdauer, Mut und Rückgrat wie all jene, die sich für Lewin starkgemacht haben! Heute Abend trinke ich hier vor Ort ein Glas auf ihn!",
             "",
             _OBERMAIER_PLEA,
             "",
             "Kommentar verfassen",
         ], appeals=[_OBERMAIER_PLEA]),
    _doc("b48-radiowelle-verbogenewelt-foerdermitglied-middle", "appeal", "middle",
         "Invented; modelled on Radio Corax (free-radio show page: plea for donations and supporting memberships between teaser and photo credit)", "de", [
             "Meldungen aus der verbogenen Welt",
             "",
             "Wenn sich auf dem Marktplatz Leute prügeln, heißt das Rauferei. Sind Beamte in voller Schutzmontur dabei, ist ein Einsatz plötzlich „unglücklich verlaufen“, nicht wahr, Kassel? Hintergründe liefert Mira Sandvoss vom Stadtmagazin „Nordlicht“",
             "",
             "",
             _WELLE_PLEA,
             "",
             "Foto: Jonas Reiter und Klimacamp Nord",
         ], appeals=[_WELLE_PLEA]),
    _doc("b48-gornyvestnik-vesennie-patruli-app-top", "appeal", "top",
         "Invented; modelled on Kavkazsky Uzel (mirror page: close mark, app-download banner, dateline, foreign-agent notice, article)", "ru", [
             "×",
             "",
             "Горный вестник",
             "",
             _GORNY_BANNER,
             "09:14, 17 марта 2004",
             "",
             "Весенние обходы",
             "",
             "ДАННОЕ СООБЩЕНИЕ (МАТЕРИАЛ) СОЗДАНО И ОПУБЛИКОВАНО ОРГАНИЗАЦИЕЙ, ВНЕСЕННОЙ В РЕЕСТР ИНОАГЕНТОВ, ООО \"ПРИМЕР\", ИЛИ ОТНОСИТСЯ К ЕЕ РАБОТЕ.",
             "",
             "Глава приграничного края Тимур Адзинба поручил любой ценой не пустить обратно в Верхнюю долину вооруженные отряды, ушедшие за хребет прошлой осенью. Пройдет месяц-полтора, растает снег на перевалах, и рубеж, оставшись без природной защиты, снова станет почти условной линией на карте.",
             "",
             "Пограничное ведомство, хотя и немало сделало для усиления северного участка, честно признает: сказать, что пройти через горы теперь невозможно, пока нельзя. Кое-какие надежды связывают с новой ротой из жителей окрестных сел, которые помнят каждую козью тропу. Только вот что перевесит у этих людей - служебный долг или старый горский обычай не отказывать в помощи никому, кто попал в беду?",
         ], appeals=[_GORNY_BANNER]),
    _doc("b48-zarevo-subbotnik-soobshchestva-end", "appeal", "end",
         "Invented; modelled on zarya42.ru (district news item ending in a follow-us-on-social-media line)", "ru", [
             "Жители вышли во дворы, скверы и на территории школ, больниц и заводов, чтобы вместе навести порядок в родном районе.",
             "Общая уборка - добрый обычай, который сплачивает земляков. До середины мая по субботам к ней может присоединиться каждый, кому не все равно, как выглядят наши улицы.",
             "В прошлом году вместе с коммунальщиками на улицы и во дворы выходили коллективы предприятий и домов культуры, педагоги и малыши из детских садов, школьники, студенты техникума, пенсионеры. Они сгребали прошлогоднюю траву, вывозили мусор, красили скамейки и бордюры, подрезали кусты и мыли остановки, чтобы район встретил лето опрятным.",
             "",
             _ZAREVO_SOCIAL,
         ], appeals=[_ZAREVO_SOCIAL]),
    _doc("b48-uralpost-podborka-vybory-email-middle", "appeal", "middle",
         "Invented; modelled on URA.RU (evening digest with a sign-up-by-email sentence inside the intro)", "ru", [
             "Депутат нашел новую партию, санкции против покойного чиновника, журавли потянулись на юг. Итоги дня — в подборке «УралПоста»",
             "Все важное, что случилось в среду, — в одном материале. " + _URALPOST_MAIL,
             "А вот главное на этот час:",
             "Депутат гордумы Златогорска Павел Лыткин наконец решил, от какой партии будет бороться за кресло мэра. Партия старая, но в парламент не проходит уже много лет. Лыткин объясняет выбор тем, что у нее «чистая репутация» и она «не сдаст назад».",
             "Соседнее государство развеселило весь регион, включив в свои санкционные списки бывшего вице-губернатора Аркадия Ведерникова. Тот скончался еще три года назад, однако въезд в страну ему теперь закрыт на год.",
             "Эксперты видят причину такого казуса в том, что там заблокированы иностранные соцсети и поисковые сервисы. По их словам, пострадают от этого прежде всего сами жители, а государство все больше напоминает закрытую крепость.",
         ], appeals=[_URALPOST_MAIL]),
    _doc("b48-pereprava-tme-posts-footer-help-middle", "appeal", "middle",
         "Invented; modelled on Strana.ua (Telegram channel page: header, posts, footer link row whose last item is a help link)", "ru",
         _pereprava_header() + [
             "Media not supported in this browser",
             "VIEW IN TELEGRAM",
             "Кадры ночного удара по Конотопу.",
             "",
             "Спасатели закончили работу на месте обрушения. Погибли 11 человек.",
             "",
             "В городе объявлен день скорби.",
             "Первые истребители с обученными украинскими экипажами прибудут до осени, пообещал министр обороны Нидерландов.",
             "",
             "\"Первые машины вместе с пилотами, прошедшими подготовку, должны быть на месте еще летом\", - заявил журналистам Хенк ван Дейк.",
             "",
             "До этого в альянсе перечислили основные трудности с обучением летчиков.",
             "",
             "Сайт \"Переправа\" | YouTube | Отправить новость/фото/видео | Реклама в канале | " + _PEREPRAVA_HELP,
             "Правительство Молдовы объяснило, что вводит закон о \"внешнем влиянии\", чтобы «не оказаться на месте Украины».",
             "",
             "«Не сумеем защитить свою независимость — с нами случится то же, что и с соседями. Тогда и о покое, и о вступлении в Европу придется забыть.",
         ], appeals=[_PEREPRAVA_HELP]),
    _doc("b48-obozrevatel-whatsapp-kalmykia-nav-top", "appeal", "top",
         "Invented; modelled on The Insider (site menu with currency bullets and a support item glued to the language link, then a news item)", "ru", [
             "Расследования",
             "Репортажи",
             "Аналитика",
             "  • USD92.40",
             "  • EUR99.85",
             "  • OIL78.12",
             _OBOZR_SUPPORT + " English",
             "  • 874",
             "Новости",
             "",
             "В Калмыкии и Адыгее уже десять дней не работают звонки в WhatsApp после спора вокруг местного маркетплейса",
             "",
             "В Калмыкии и Адыгее больше десяти дней не проходят голосовые и видеозвонки в WhatsApp. Переписка работает с перебоями, а позвонить удается только через VPN, хотя остальные приложения и сайты открываются без проблем. Об этом «Обозревателю» сообщили жители обеих республик. Сбои затрагивают и мобильный интернет, и домашних провайдеров. Сначала, примерно с 3 сентября, проблемы фиксировали по всему югу, включая часть Ставропольского края, но к середине месяца связь наладилась везде, кроме Калмыкии, Адыгеи и Кабарды. С 9 сентября в Кабарде звонки снова проходят у клиентов крупных операторов, но не у абонентов регионального провайдера «Эльбрус-Связь».",
         ], appeals=[_OBOZR_SUPPORT]),
    _doc("b48-volnyshlyah-hunta-padtrymaice-top", "appeal", "top",
         "Invented; modelled on Charter97 (mirror page: Belarusian date line, two-line support button, slogan, rubrics, reader's column)", "ru", [
             "4 сакавіка 2025, аўторак, 7:41",
             _VOLNY_SUPPORT,
             "Жыве, жыве,",
             "Вольны шлях!",
             "Рубрыкі",
             "",
             "Хитрая власть оказалась беспомощной",
             "",
             "7",
             "Хитрая власть оказалась беспомощной",
             "Алесь Кривицкий",
             "Фото: «Вольны шлях»",
             "",
             "«Вольный путь» называет вещи своими именами, без оглядки и без лукавства.",
             "",
             "Впервые я по-настоящему узнал о «Вольном пути» в 1999 году. Название я, конечно, встречал и прежде, но именно тогда мне в руки попала тонкая газета с тем же именем и кассета без всякой подписи.",
             "",
             "Один сложенный пополам листок был честнее всех солидных изданий вместе взятых. А запись «Концерт на площади» с кадрами осеннего шествия обожгла меня. Я ведь сам стоял в той колонне, шел туда осознанно - и вдруг впервые понял, как об этом можно рассказать тем, кого там не было. Не парой секунд в выпуске новостей, а историей, которая остается с человеком навсегда.",
             "",
             "Песни нашего времени. Нашей свободы. И кадры. Дубинки. Щиты. Автобусы с решетками. Каратели. И люди, которые не сдались. Вот она, правда.",
             "",
             "Ничего нового, скажете вы, но именно тогда, глядя эту запись, я понял, что для меня это не однажды сделанный шаг, а обязанность на всю жизнь. За свою страну отвечаешь ты сам.",
         ], appeals=[_VOLNY_SUPPORT]),
    _neg("b48-blickpunkt-schlagzeile-staatsgeld-neg",
         "Invented; modelled on Standpunkt (critic on a partisan site funded by press subsidies, 'financial independence')", "de", [
             "Schlagzeile24 ist der österreichische Ableger des deutschen Krawallportals Klartext TV. Getragen wird Schlagzeile24 von rechtskonservativen Kreisen rund um einen früheren Vizekanzler. Und der Staat zahlt mit: als Förderung für „Qualitätsjournalismus“.",
             "Was Qualität ist, darüber kann man geteilter Meinung sein. Keine zwei Meinungen gibt es über Hetze gegen Geflüchtete, Stimmungsmache gegen queere Menschen oder Angriffe auf Musliminnen und Muslime. Das Boulevardportal Schlagzeile24 gehört mittlerweile zu 70 Prozent dem deutschen Krawallportal Klartext TV, genauer: dessen Holding, der Klartext Medien GmbH & Co. KG.",
             "Beide Seiten wachsen immer enger zusammen: Schlagzeile24 übernimmt inzwischen laufend Texte der deutschen Mutter. Inhaltlich gibt es ohnehin keinen Unterschied. Wie Klartext TV bedient auch Schlagzeile24 jeden Tag jedes Thema, das am rechten Rand gut ankommt.",
             "Titelfoto: Schlagzeile24-Reporter bei einer Demonstration von Impfgegnern. Sabine Kornfeld",
             "Das Angebot ist breit: von der behaupteten „Überfremdung der Dörfer“ über den angeblichen „Genderterror“ bis zur Dauerklage über eine „linke Medienmacht“ im hauseigenen Videostudio. Im Juni 2025 beschwert sich Klartext TV ausgerechnet über die staatliche Presseförderung in Deutschland. Wer „den Regierenden auf die Finger schauen“ wolle, müsse „wirtschaftlich unabhängig“ sein. Das stimmt sogar – nur hat Klartext TV mit seinem Wiener Ableger da ein paar Schwierigkeiten.",
             "",
             "Foto: Sabine Kornfeld",
             "Denn Klartext TV ist selbst im Besitz eines Milliardärs – und der Wiener Ableger bekommt Geld vom Staat. Unter anderem unterstützt die Republik Schlagzeile24 allen Ernstes als „Qualitätsjournalismus“.",
             "Verschwörungscodes und „Kreml-Erzählungen“",
             "Der heutige Klartext-Ableger Schlagzeile24 startet im Mai 2021. Selbstbild laut Blattlinie: „unabhängiges Onlinemedium der Mitte“.",
         ]),
    _neg("b48-medienschau-gegenstrom-crowdfunding-neg",
         "Invented; modelled on rechtemedieninfo blog (media-watch entry on a crowdfunded magazine, its donation and 5-euro subscription)", "de", [
             "Link: Gegenstrom-Magazin",
             "Impressum: Rainer Kolbe, c/o Postfach-Service Nord, Hafenstraße 3, 00000 Musterhausen",
             "Die Anschrift in Musterhausen gehört zu einem Postdienstleister. Gegenstrom bezeichnet sich als Magazin, erscheint aber laut eigener Förderseite nicht auf Papier und ist technisch betrachtet schlicht ein Blog mit etwas angepasster Software. Bis 2024 lag die Leitung bei drei Autoren: Rainer Kolbe, Heiko Sander und Birgit Maas.",
             "Der Blog startete im Februar 2020 und entwickelte sich mit Beginn der Pandemie zu einem der Sprachrohre der Maßnahmenkritiker. Gegenstrom wollte/will keine Eilmeldungen bringen, sondern gründliche Hintergründe; im ersten Jahr kamen rund 90 Texte heraus, teils von Gastautoren. 61 davon drehen sich um Corona und die angeblichen Fehler der Regierung und der Gesundheitsbehörden, verfasst von Leuten wie Gerd Hallmann, Karin Vogt oder Uwe Reimers vom Verein „Mediziner für Freiheit“.",
             "Getragen wird Gegenstrom durch Schwarmfinanzierung. Nach eigener Darstellung kam das Startkapital 2020 von etwa 250 künftigen Lesern zusammen. Dafür nutzte man die Plattform Geldschwarm mit einem fünfminütigen Werbevideo über „anderen Journalismus“.",
             "Aus dem ersten Blogeintrag: „Gegenstrom steht für Journalismus aus vielen Blickwinkeln.“",
             "Heute lässt sich Gegenstrom per Spende oder mit einem Monatsabo für 5 € unterstützen.",
             "Jedes Jahr im Dezember zieht die Redaktion Bilanz. Für 2023 heißt es dort, die Zahl der Leser pro Tag sei nach der Pandemie um mehr als die Hälfte eingebrochen, von 25.000 auf rund 10.000 Besucher täglich.",
             "Außerdem werden im Jahresrückblick Neuerungen vorgestellt. Texte gibt es mittlerweile in mehreren Sprachen oder zum Anhören, 2021 kamen ein Archiv nach Artikeln und Autoren hinzu sowie Lesetipps, an denen man angeblich nichts verdient. „Jahresbilanz 2021“",
         ]),
    _neg("b48-kiezpost-mitglieder-newsletter-spenden-neg",
         "Invented; modelled on Prenzlauer Berg Nachrichten (members' newsletter with news bullets and a donations affair)", "de", [
             "Im Newsletter dieser Woche schwelgen wir nicht nur im Sommer – es geht auch um eine Eisdielen-Tour und eine Bauherren-Stadtrat-Spendengeschichte. (Ausgabe für Mitglieder)",
             "Liebe Mitglieder!",
             "Ganz kurz nur. Es ist Juni. Es ist heiß (endlich). Wir hängen nach dem langen Wochenende noch etwas durch. Im Sommermodus. Und liefern neben vielen Tipps für Abende draußen und Streitgespräche diesmal eine Eisdielen-Tour und eine Bauherren-Stadtrat-Spendengeschichte.",
             "Und natürlich erinnern wir noch einmal an unsere Spatzen-Zählung im Kiez. Piep, piep!",
             "Was war los im Kiez?",
             "- Die Polizei hat in der Lindenallee mehrere Männer festgenommen, die einer Rockergruppe angehören sollen. Einer wurde per Haftbefehl gesucht.",
             "- In der Karl-Wiegand-Straße brennt ein Geländewagen – wohl nicht durch Zufall. Zwei Straßen weiter einer im Nachbarbezirk.",
             "- Das Bezirksamt geht laut Stadtanzeiger gegen Pflanzkübel vor Cafés vor. Bleibt die Frage: Müssen die Tomaten weichen? Und warum wuchern eigentlich die Grünanlagen so?",
             "- „Die Stadt ist eine einzige Eisdiele“, schreiben die Kollegen vom Wochenblatt nach ihrer Runde vom Wasserturm bis zum Bahnhof. Für unseren Kiez stimmt das sicher. Sonntags offen? „Es ist heiß, wir sind hier. Die Fragen beantworten sich von allein, und die Antwort heißt: Einfach machen.“",
             "- Ein Vater erinnert sich in einem Magazin an die Grundschulzeit seiner Tochter im Kiez: Ausfalltage ohne Vorwarnung, ein übersehener Armbruch und der Satz „Ihre Tochter malt zu viel!“",
             "- Man stückelt seine Spenden in kleine Beträge, damit sie niemandem auffallen. Aufgefallen sind sie doch: Jetzt stehen die Empfänger in der Kritik – darunter Baustadtrat Henning Lau. Der Spender heißt nämlich Brandes und ist jener Investor, der am Güterbahnhof bauen will.",
         ]),
    _neg("b48-linksblatt-ablinke-spitzenkandidatin-gehalt-neg",
         "Invented; modelled on Jacobin (German edition; interview intro on a small party whose MPs give most of their pay to the needy)", "de", [
             "12. Oktober 2025",
             "Die Alternative Linke könnte nach über 60 Jahren zum ersten Mal wieder in den Landtag kommen. Spitzenkandidatin Marta Holzner erklärt, wie das klappen soll.",
             "AL-Landessprecherin Marta Holzner an einem Infostand.",
             "Am 19. Oktober wählt das Land einen neuen Landtag, und kaum jemand wagt eine Prognose. Während sich vorne zwei große Parteien ein knappes Rennen um Platz eins liefern, tut sich erstmals seit langer Zeit auch etwas auf der linken Seite. Die Alternative Linke könnte zum ersten Mal seit 1962 wieder Abgeordnete stellen.",
             "Den Grundstein dafür hat die Partei in zwei Großstädten und zuletzt in einer Universitätsstadt gelegt. Dort setzt sie auf das Modell der »Kümmerpartei«. Sie lädt zu offenen Beratungsstunden ein, in denen Menschen Rat oder konkrete Hilfe bekommen. Ihre Mandatsträger behalten nur etwa 2.300 Euro ihrer Bezüge, alles darüber fließt an Menschen in Not. Als »Mieterpartei« kämpft sie vor allem für bezahlbares Wohnen. Ob das landesweit trägt, ist ungewiss. Es gilt eine Fünf-Prozent-Hürde, und die Umfragen sehen die Partei derzeit bei 4 bis 5 Prozent.",
             "Marta Holzner ist seit 2022 Sprecherin der Partei. Im Interview mit LINKSBLATT spricht sie darüber, wo es beim Aufbau der Partei hakt, wie offene Beratungsstunden landesweit funktionieren könnten und was sie sich unter einer Vergesellschaftung der Stadtwerke vorstellt.",
             "Die Alternative Linke galt lange als verschworene Kaderorganisation, bei der man nicht so leicht hineinkam. Heute gibt sie sich offener, doch wer mitmachen will, hat es oft noch immer schwer. Man hört von Menschen, die sich einbringen wollten und irgendwann aufgaben, weil sich nach dem ersten Kontakt niemand mehr meldete. Woran hapert es?",
         ]),
    _neg("b48-rundfunkwest-b412-unfall-flucht-neg",
         "Invented; modelled on SWR Aktuell (short accident report with STAND/AUTOR lines)", "de", [
             "STAND",
             "",
             "Bei einem Unfall auf der Bundesstraße 412 zwischen Kellbach und Oberhain im Kreis Hochwald sind am Sonntag fünf Menschen verletzt worden, zwei davon schwer. Nach Angaben der Polizei scherte ein Wagen ohne Vorwarnung nach rechts in eine Feldeinfahrt aus. Zwei nachfolgende Autos stießen zusammen, eines davon prallte gegen den Gegenverkehr. Der Fahrer des ersten Wagens fuhr laut Polizei einfach weiter und ist bislang unbekannt.",
             "",
             "STAND",
             "AUTOR/IN",
         ]),
    _neg("b48-podmoskovye-segodnya-kripto-pozhertvovaniya-neg",
         "Invented; modelled on RIAMO (expert quoted on opposition outlets' falling crypto donations)", "ru", [
             "Политолог Виктор Саранцев считает, что иностранные спонсоры разочаровались в русскоязычных оппозиционных изданиях, а читатели стали относиться к ним иначе: об этом говорят разные опросы, передает агентство «Север-Инфо» .",
             "",
             "«Они никому не интересны, потому что всем уже понятно: за ними стоят чужие интересы, это просто заработок. Заметьте, любой новый проект начинает с того, что собирает деньги на смену власти», — отметил собеседник агентства.",
             "",
             "По его данным, издания «Вольный эфир»*, «Контур»*, «Разбор»*, «Сигнал»* и «Правка»* в 2024 году получили в криптовалюте примерно в восемь раз меньше пожертвований, чем годом ранее.",
             "",
             "Переводить деньги оппозиционным проектам через российские банки закон не позволяет, поэтому почти все они собирают средства в блокчейне. Жертвователям обещают полную тайну и защиту, однако никто не гарантирует, что против них не возбудят дело. Такие переводы могут квалифицироваться как финансирование экстремистской деятельности или даже измена.",
             "",
             "* Организации признаны в РФ нежелательными.",
         ]),
    _neg("b48-sibpress-blagotvoritelnaya-podpiska-internaty-neg",
         "Invented; modelled on distpress.ru (repost: post office's charity subscription drive for children's homes)", "ru", [
             "Поучаствовать в ежегодной благотворительной акции может любой житель края. Выписать для детских домов, интернатов и специальных школ газеты, журналы и книги можно в каждом почтовом отделении, сообщили в пресс-службе краевого филиала почтовой компании.",
             "Акцию проводят с 2005 года. За это время в библиотеки детских учреждений поступили десятки комплектов детских изданий: «Пчелка», «Юный конструктор», «Мастерилка», «Почемучка», «Загадки природы», «Школьный следопыт», «Петя и друзья», «Умники», «Смешарики-клуб», «Старт», «Подросток».",
             "На почте рассчитывают, что и нынче добрая традиция найдет поддержку у жителей края.",
             "Источник: Тайга Сегодня",
         ]),
    _neg("b48-severnayazarya-chukotka-12mln-sbor-neg",
         "Invented; modelled on Krasnaya Vesna (region's collection for another region, with sums and givers)", "ru", [
             "Жители Чукотки собрали 12 млн рублей для пострадавших от паводка",
             "Почти 12 млн рублей для жителей затопленных районов Приамурья собрали на Чукотке, 14 августа сообщает пресс-служба окружной администрации.",
             "«В округе на помощь семьям, пострадавшим от наводнения, собрано уже почти 12 миллионов рублей. Значительные суммы перечислили горнодобывающие компании, окружная администрация, бизнес и общественные объединения. Деньги переводили сотрудники предприятий и бюджетных учреждений, пенсионеры и простые жители», — говорится в сообщении.",
         ]),
    _neg("b48-volna-tme-nedelya-dizayna-gamburg-aukcion-neg",
         "Invented; modelled on DW Russian (Telegram post on a design week with a charity auction for Ukraine)", "ru", [
             "Неделя дизайна в Гамбурге в сине-желтых тонах",
             "\"Мы долго сомневались и спорили, как говорить об этом. И вообще, уместно ли сейчас устраивать праздник моды, когда все потрясены войной... Но я уверена: да, уместно, и именно сейчас!\" - заявила сенатор по культуре Гамбурга Беттина Кроль на открытии недели дизайна. С 21 по 27 марта пройдет благотворительный аукцион, вся выручка от которого пойдет Украине, а также множество других акций по сбору денег и гуманитарной помощи.",
             "Показы превращаются в жест поддержки. Датский дизайнер Мете Лунд вывела моделей в желтом и синем, а немецкий модельер Йонас Фербер позвал на подиум украинскую пианистку Ольгу Мирошник, которой пришлось уехать от войны. В Гамбург собирался и известный украинский дизайнер Тарас Величко, но с началом войны решил остаться дома.",
         ]),
    _neg("b48-gornyvestnik-kalmykia-mobilnyi-internet-neg",
         "Invented; modelled on Kavkazsky Uzel (report on mobile internet shutdowns with foreign-agent notice and AI-illustration credit)", "ru", [
             "11:20, 3 сентября 2025",
             "",
             "Жители Калмыкии пожаловались на отключения мобильного интернета",
             "",
             "Экран телефона без сети. Картинка сгенерирована «Горным вестником» с помощью нейросети",
             "",
             "ДАННОЕ СООБЩЕНИЕ (МАТЕРИАЛ) СОЗДАНО И ОПУБЛИКОВАНО ОРГАНИЗАЦИЕЙ, ВНЕСЕННОЙ В РЕЕСТР ИНОАГЕНТОВ, ООО \"ПРИМЕР\", ИЛИ ОТНОСИТСЯ К ЕЕ РАБОТЕ.",
             "",
             "Когда пропадает мобильный интернет, нельзя ни заказать машину, ни оплатить покупку картой, жалуются жители Элисты и Лагани. В правительстве республики объясняют ограничения временной мерой из-за риска налета беспилотников.",
             "",
             "Как сообщал \"Горный вестник\", один из сотовых операторов в Калмыкии еще перед майскими праздниками предупреждал клиентов о \"возможных перебоях\" со связью. Тогда жители Элисты из-за сбоев не могли вызвать такси, а цены на поездки резко выросли.",
             "",
             "С самого утра в Элисте нет мобильного интернета, рассказал корреспонденту «Горного вестника» житель города Бадма.",
         ]),
    _neg("b48-svobodnoeradio-gazety-katalog-podpiski-neg",
         "Invented; modelled on Euroradio (independent newspapers returning to the post's subscription catalogue)", "ru", [
             "Независимые газеты вернутся в каталог — где вкладышем, а где просто от руки",
             "",
             "Две негосударственные газеты, \"Голос округи\" и \"Народный листок\", снова появятся в системе распространения: вскоре оформить на них подписку можно будет в любом почтовом отделении.",
             "",
             "Объясняет заместитель руководителя отдела подписки государственной почтовой компании Ирина Жаворонок:",
             "",
             "\"Обещать, что везде это будет именно вкладыш, я не берусь. В сельских отделениях, возможно, газеты допишут в пустую графу. Где-то напечатают и вклеят — там, где получится, в больших городах и районных центрах. Гарантировать, что во всех каталогах это будет выглядеть одинаково, я не могу\".",
         ]),
]


# --- Probe 31 -----------------------------------------------------------------------------------

_KAVKAZIA_SIGNUP = "Pour la recevoir chaque semaine dans votre messagerie, il suffit de vous inscrire ici."

_KAVKAZIA_TOP = "Kavkazia est le seul média en Europe (en français, en italien et en anglais) consacré entièrement au Caucase du Sud. Porté par une association, il vit grâce à ses lecteurs. Nous voulons rester libres, et pour cela nous comptons sur vous ! Soutenez-nous en prenant un abonnement, en faisant un don déductible à 66 % de vos impôts, ou en rejoignant l'association comme bénévolepar ici."

_KAVKAZIA_END = "Depuis 2012, Kavkazia est le seul média européen dédié au Caucase du Sud en français, puis en italien (2015) et en anglais (2022). Nous ne dépendons de personne et fonctionnons en association. Pour nous aider à grandir, abonnez-vous dès 5 euros par mois ou 50 euros par an, ou faites un don déductible à 66 %. Un grand merci !"

_COMMONS_TOP = "Our biggest fundraising campaign of the year has begun. Once you've finished this post, please think about giving a tax-deductible gift so that The Commons Ledger can keep publishing next year."

_COMMONS_END = "\n".join([
    "Back independent media",
    "",
    "The Commons Ledger is a nonprofit supported by its readers, and we rely on gifts from people like you to keep going. This year-end campaign brings in close to half of everything we spend in a year. That is why it matters so much.",
    "",
    "If you turn to The Commons Ledger to follow the struggles for fair wages, clean air, racial equity and a just economy, how this campaign ends matters to you, too.",
    "",
    "The number of readers who chip in before December 31 will decide how many stories we can cover, how much time and money each one gets, and how far our reporting travels.",
])

_COUNCILCORNER_PAYWALL = "Only paid subscribers can read this post"

_RIVERTOWN_PODKEEPING = "Find every episode and full transcripts on our site, rivertownaf.example. Keep talking with other Rivertown AF listeners on Bluesky and Instagram. And if you'd like to toss a few bucks into our tip jar on ko-fi to cover hosting costs, we'd happily take it."

_COURRIERLAC_BADGE = "pictogramme abonné Le Courrier du Lac Article réservé à nos abonnés"

_REGARDS_AUDIO = "Abonnez-vous aujourd'hui pour écouter nos articles en version audio. S'abonnerSe connecter LectureVox"

_PAROLES_WALL = "\n".join([
    "Pour lire la suite, il faut être abonné·e.",
    "➤ Pour aider notre rédaction à travailler et ce média à vivre",
    "➤ Pour lire tous nos contenus (près de 6000 articles), nos archives et nos dossiers",
])

_CLIMAT_CAMPAIGN = "\n".join([
    "Notre campagne de dons a démarré avant-hier et 120 personnes nous soutiennent déjà chaque mois.",
    "Élections locales, puis nationale : voilà 20 mois de matraquage dans les médias, de normalisation des extrêmes et de caricature de toute envie de solidarité. Chez Climat Clair, nous ne laisserons rien filer.",
    "Climat Clair se dote donc d'une vraie rédaction et embauche des journalistes spécialistes du climat. Nous allons tout donner pour publier des enquêtes solides, démonter les intox, documenter, inventer de nouveaux outils et des fiches d'arguments pour les rendez-vous qui arrivent. Le tout gratuit, et sans aucune pub.",
    "Aidez-nous à grandir en entrant dans la bataille. MERCI, ON A BESOIN DE VOUS !",
])

_VOISINAGE_TOP = "\n".join([
    "AIDEZ L'INFORMATION LOCALE À GRANDIR!",
    "PARLEZ DE NOUS AUX NOUVEAUX ARRIVANTS DU QUARTIER.",
])

_PORCHLIGHT_PLUG_1 = "See what's new in Harbor City for free with the latest news alerts from Porchlight."
_PORCHLIGHT_PLUG_2 = "See what's going on across Harbor City for free with daily alerts from Porchlight."

_HORIZONS_BOX = "Pour financer le lancement des coffrets, horizons-francais.example lance un financement participatif, hébergé par la plateforme de prêt preteurs.example. Vous pouvez nous aider en prenant part à la collecte, ouverte jusqu'au 15 mai. |"

_CLARION_NL = "\n".join([
    "Get our free morning newsletter",
    "",
    "Today's headlines, straight to your inbox",
])

_BUGLE_WALL = "\n".join([
    "Full access to this story is for subscribers.",
    "Our website has just moved to a new, better platform. To keep reading, please sign in to your subscriber account or buy a subscription.",
    "If you already had a login for our old e-edition, it still works here. Just reset your password using this link.",
    "If you get the printed paper, you can create a free online account through this link.",
    "Or see all our subscription choices here.",
    "Sign in to keep reading |",
    "|",
])


PROBE31 = [
    _doc("b48-kavkazia-newsletter-armenie-top", "appeal", "top",
         "Invented; modelled on Novastan (newsletter page: sign-up sentence, nonprofit support block, news roundup, second support block)", "fr", [
             "Voici la copie de notre lettre hebdomadaire du 12 septembre 2022, envoyée sans frais chaque lundi matin. " + _KAVKAZIA_SIGNUP + " Et d'ici là, belle lecture !",
             _KAVKAZIA_TOP,
             "Cette lettre est consacrée au Caucase du Sud. Toutes les semaines, nous faisons le point sur l'actualité de la région et vous signalons les derniers papiers de la rédaction. Une idée, une critique, une question ? Écrivez-nous à redaction@kavkazia.example",
             "Trois nouvelles à retenir",
             "Le Premier ministre arménien en visite à Tbilissi puis à Bakou. Du 5 au 7 septembre, le chef du gouvernement a enchaîné deux déplacements. Reçu avec chaleur en Géorgie, il s'est montré plus réservé en Azerbaïdjan.Un site géorgien condamné pour un reportage tourné sans accréditation. L'affaire relance le débat sur la liberté de la presse dans le pays.Lévon Achot, du théâtre à l'ambassade d'Arménie à Rome. Ancien comédien et élu, il vient d'être nommé ambassadeur en Italie, une première pour un homme de scène.",
             _KAVKAZIA_END,
         ], appeals=[_KAVKAZIA_SIGNUP, _KAVKAZIA_TOP, _KAVKAZIA_END]),
    _doc("b48-commonsledger-okafor-linkroundup-top", "appeal", "top",
         "Invented; modelled on In These Times (blog link roundup with a fundraising note on top and a support box at the end)", "en", [
             "Worth a Click",
             "",
             "Dana Okafor",
             "",
             _COMMONS_TOP,
             "",
             "While I finish a couple of pieces that are due this week, here are a few sites I've been reading:Nurses for Safe Staffing -- A network of hospital nurses pushing for legal limits on patient loads. I'm not certain a hard ratio is the right answer, but I've never worked a double shift on a short-handed ward. Idle thought: imagine campaign spots with exhausted nurses explaining what the governor's cuts look like at 3 a.m.?Rank and File Radio -- A scrappy weekly show produced by a former warehouse worker, Luis Arroyo, that puts workers' complaints on the air.Shop Floor Daily -- Given how hard it is to get big newsrooms to cover workplace fights for more than a day at a time, this new site could become essential. Plenty of job issues are on the ballot this fall, not least paid sick leave.",
             "",
             _COMMONS_END,
         ], appeals=[_COMMONS_TOP, _COMMONS_END]),
    _doc("b48-councilcorner-87-paywall-end", "appeal", "end",
         "Invented; modelled on City Hall Watcher (Substack newsletter cut off by a paid-subscribers line)", "en", [
             "Council's soggy October",
             "",
             "Council Corner #87: The meeting recap! Leaf pickup, bike lanes, a new library branch, a very old bridge, and more!",
             "",
             "Will this October drizzle ever let up? Probably not before Halloween. Meanwhile, to keep you company, here is a fresh issue of this little newsletter about local government.",
             "",
             "This is number 87, which reminds me of two things: a famous hockey jersey, and how close we're getting to issue 100. Next week, by happy accident, brings another open-to-all edition of WHO'S LOBBYING…",
             "",
             _COUNCILCORNER_PAYWALL,
         ], appeals=[_COUNCILCORNER_PAYWALL]),
    _doc("b48-rivertownaf-ep37-kofi-middle", "appeal", "middle",
         "Invented; modelled on Ann Arbor AF (local-politics podcast page: tip-jar paragraph between show notes and transcript)", "en", [
             "Episode 37: Board of Commissioners: 9 October 2023",
             "",
             "",
             "We preview the next county board meeting, happening Monday, October 9th. We'll cover a handful of agenda items worth your time, chiefly the budget, the budget, and also the budget.",
             "",
             "Stuff we mentioned:",
             "",
             "Housekeeping:",
             "",
             _RIVERTOWN_PODKEEPING,
             "",
             "Transcript",
             "",
             "Priya: Hello, and thanks for tuning in to Rivertown AF, the show for people who want to know what on earth is happening in Rivertown. We dig into local politics, policy, who runs what, and other fun civic stuff. I'm Priya Nandakumar, and with me as always is my cohost Beth Carraway. We both go by she/her. We're here to help you get informed and get involved. It's your county! Let's get going!",
             "",
             "This week we're looking at the next county board meeting on Monday, October 9, and a handful of agenda items worth your time, chiefly the budget, the budget, and also the budget, plus some ideas for how you can weigh in. One reminder about our process: we tape this a few days ahead of the meeting, so the agenda may well shift a bit before then. ",
             "",
             "One more thing. If I sound a bit off today, it's allergy season and my sinuses are in revolt, so Beth will carry most of this episode and I'll chime in with my nasal commentary now and then.",
             "",
             "Okay, here we go.",
             "",
             "00:35",
             "",
             "Beth: Thanks for hanging in there, Priya, even with the sinuses. So yes, today is really mostly about the budget, and specifically the general fund, which is the pot of money that pays for most of what the county does.",
         ], appeals=[_RIVERTOWN_PODKEEPING]),
    _doc("b48-courrierdulac-edito-berthoud-paywall-top", "appeal", "top",
         "Invented; modelled on La Liberté (editorial page: subscriber pictogram line on top, repeated photo captions, metadata, cut text)", "fr", [
             "Le Courrier du Lac",
             "",
             _COURRIERLAC_BADGE,
             "",
             "Fermer les yeux n'était pas une option",
             "",
             "Fermer les yeux n'était pas une option © CdL/Paul Roux",
             "Fermer les yeux n'était pas une option © CdL/Paul Roux",
             "",
             "Anne Berthoud",
             "",
             "Publié le 07.03.2020",
             "",
             "Temps de lecture : 3 minutes",
             "",
             "Éditorial",
             "",
             "Les fans du HC Rive-Sud devront-ils se passer de fête à cause du gouvernement? Sur la glace, Davos n'a pas su stopper samedi la course des Riverains vers les séries. Mais en coulisses, le gouvernement avait déjà refroidi l'enthousiasme en bannissant les rassemblements dépassant mille spectateurs – du moins jusqu'à la fin du mois. Les séries pourraient donc commencer non pas devant des gradins pleins, mais devant des sièges vides. Du côté de Morges, on a déjà renoncé au carnaval de cette année, et le festival de courts métrages du lac craint de devoir tirer le rideau avant la première séance…",
             "",
             "On peut dire que la mesure des autorités sème le désordre dans le quotidien de très nombreux habitants du pays",
         ], appeals=[_COURRIERLAC_BADGE]),
    _doc("b48-regards-climatologue-chaleur-audio-middle", "appeal", "middle",
         "Invented; modelled on daily8.com copy of a Tamedia interview (audio-reading subscribe box between the lead and the summary)", "fr", [
             "Vagues de chaleur: «Je ne cherche pas à sauver la nature, je cherche à sauver les gens»",
             "–",
             "«Je ne cherche pas à sauver la nature, je cherche à sauver les gens»",
             "À 58 ans, Hélène Dufaux enseigne la climatologie à l'Université de Lausanne et dirige un laboratoire de recherche alpin. Au sortir de dix jours de fortes chaleurs, nous sommes allés parler avec elle du climat qui change.",
             _REGARDS_AUDIO,
             "L'essentiel : La prise de conscience climatique avance depuis l'été torride de 2003.",
             "Les géants du pétrole freinent sciemment la sortie des énergies fossiles.",
             "Les glaciers du pays fondent aujourd'hui à un rythme qui inquiète vraiment.",
             "Comment abordez-vous le réchauffement avec votre entourage?",
             "Chez nous, le climat fait partie des conversations de tous les jours; mes enfants sont même venus écouter certaines de mes interventions. J'ai l'impression que pour toute une génération, l'été 2003 a servi de déclic: le réchauffement est entré pour de bon dans leur quotidien.",
             "Vous disposez d'une minute pour parler de l'avenir du climat à une fillette de 10 ans: que lui dites-vous?",
             "Je discute avec elle de ce qu'elle peut changer pour s'adapter et pour polluer moins. Il m'est arrivé d'intervenir dans des écoles. Je demandais aux élèves quel métier ils aimeraient faire plus tard. Puis on cherchait ensemble comment, dans ce métier, on pourrait agir contre le réchauffement.",
             "Votre premier ouvrage, «Le pays qui chauffe», date de 19 ans. Chaque fois que survient un coup de chaud, un glissement de terrain, une banquise qui fond plus vite ou un glacier qui recule, on vous appelle: rien n'a donc changé?",
             "Je ne suis pas si pessimiste. Nous avons fait des progrès en matière de prévention et d'adaptation, surtout en ville, y compris dans les bourgs.",
         ], appeals=[_REGARDS_AUDIO]),
    _doc("b48-parolesdegales-tribune-planrelance-paywall-end", "appeal", "end",
         "Invented; modelled on Les Nouvelles News (opinion teaser ending in a paywall with arrow bullets)", "fr", [
             "Tout indique que les milliards du « plan de relance » confié à deux anciens ministres serviront avant tout à prolonger un modèle économique qui a déjà montré combien il était fragile et intenable : aides aux industries polluantes, grands chantiers routiers démesurés...",
             _PAROLES_WALL,
         ], appeals=[_PAROLES_WALL]),
    _doc("b48-climatclair-documentaire-dons-end", "appeal", "end",
         "Invented; modelled on Bon Pote (newsletter post ending in the outlet's donation campaign)", "fr", [
             "Documentaire, écologie et extrême droite au menu",
             "En 2022, Climat Clair avait posé une question à ses abonnés sur les réseaux : « qu'est-ce qui vous a ouvert les yeux sur la crise climatique ? ». Dans les réponses, le documentaire « Après la pluie » de Léa Montel revenait plus que tout autre. Il souffle ses 8 bougies ce mois-ci et revient le 14 janvier dans 60 cinémas. Et bonne nouvelle : Climat Clair accompagne cette ressortie !",
             "L'occasion de parler avec la réalisatrice et militante de ses projets en cours et des grands rendez-vous qui nous attendent.",
             _CLIMAT_CAMPAIGN,
         ], appeals=[_CLIMAT_CAMPAIGN]),
    _doc("b48-voisinage-actualites-coupdemain-top", "appeal", "top",
         "Invented; modelled on Journal des voisins (hyperlocal news page: two capitals lines under the date, underscore separators, election news)", "fr", [
             "Les nouvelles du 21 septembre 2019",
             _VOISINAGE_TOP,
             "________________________________________________________",
             "ÉLECTIONS FÉDÉRALES 2019",
             "À peine installées, déjà arrachées",
             "« Quand on s'en prend aux pancartes électorales, on ne commet pas seulement un délit, mais on peut aussi, selon ce qui a été fait, se rendre coupable d'intimidation et même d'incitation à la haine. Il ne faut pas prendre ça à la légère. Ça n'a pas sa place chez nous », a affirmé Lucie Brassard, du Parti vert de Rivière-des-Saules.",
             "Une plainte a été déposée samedi au poste de quartier 14 du service de police municipal.",
             "L'équipe de Jacques Tremblay invite elle aussi les résidents à garder l'œil ouvert. Elle leur demande de prévenir la police s'ils surprennent quelqu'un en train d'abîmer les pancartes ou d'y ajouter des graffitis injurieux ou haineux, peu importe le candidat visé. (Par Sophie Lanctôt)",
             "________________________________________________________________________",
             "ÉLECTIONS FÉDÉRALES 2019",
             "Nouvelle carte électorale à Rivière-des-Saules",
             "Le Parti vert met en doute la version de Jacques Tremblay",
             "Avec la révision de la carte électorale, plusieurs milliers d'électeurs du secteur nord (entre le boulevard Gouin et la rue des Érables) se retrouvent dans une autre circonscription pour ce scrutin. Ils voteront désormais dans Saint-Laurent-Nord.",
             "Il y a quelques jours, M. Tremblay affirmait avoir tout tenté pour garder la circonscription entière.",
             "Une démarche politique et judiciaire",
             "La contestation en justice que Jacques Tremblay avait lancée au printemps devant la Cour fédérale a été abandonnée le 12 novembre 2017, comme voisinage-info.example l'avait révélé en exclusivité.",
         ], appeals=[_VOISINAGE_TOP]),
    _doc("b48-porchlight-harborbeat-crowdfunding-plug-middle", "appeal", "middle",
         "Invented; modelled on Patch (report on another site's crowdfunding relaunch, two different free-updates plugs inside)", "en", [
             "Neighborhood Notes",
             "",
             "Harbor Beat Crowdfunding Drive Aims For $80K To Return",
             "",
             "The beloved local news site is asking readers to pay for its comeback under a public-radio owner.",
             "",
             "HARBOR CITY — KHCR stepped in to save Harbor Beat in March, promising to bring back the popular Harbor City news site after its sudden closure last winter. But the people running the site say they still need $80,000 from readers to pay for the return.",
             "",
             "Harbor Beat opened a crowdfunding drive on Wednesday to collect at least that sum by June 1 for its revival under KHCR, the nonprofit public-radio station that bought Harbor Beat and a sister site from Carl Ostrander, the hedge-fund manager who owned them.",
             "",
             "“KHCR kept the lights on at Harbor Beat. Now we're asking you to help turn them all the way up,” said Nina Kowalczyk, who co-founded the site, in a video on the campaign page.",
             "",
             _PORCHLIGHT_PLUG_1,
             "",
             "According to the campaign page, the money will “get the site running again and restart our daily newsletter” and safeguard the archives of Harbor Beat and Bay Street Blog, the neighborhood site Ostrander also closed in December that will not come back.",
             "",
             "A further $80,000 would let Harbor Beat “do more for readers” with more restaurant guides, photo essays and reporting, the page says.",
             "",
             _PORCHLIGHT_PLUG_2,
             "",
             "The page doesn't spell out which costs the donated money will pay for, and KHCR spokeswoman Renée Albright said it will support the relaunch as a whole.",
             "",
             "She added that the return, possibly later this month, will go ahead whether or not the drive hits its goal.",
             "",
             "“What matters most is getting the site up and giving you back the Harbor Beat you missed,” Kowalczyk says in the video.",
         ], appeals=[_PORCHLIGHT_PLUG_1, _PORCHLIGHT_PLUG_2]),
    _doc("b48-horizonsfrancais-nostalgie-coffret-middle", "appeal", "middle",
         "Invented; modelled on lepetitjournal.com (expat feature with a crowdfunding box line ending in '|')", "fr", [
             "\"Quand on s'installe à l'étranger, c'est pour changer d'air, d'habitudes et de langue, sinon autant ne pas bouger\", entend-on souvent chez les expatriés. N'empêche : on peut être comblé loin de chez soi et regretter quand même de petites choses bien françaises. Racontez-nous vos manques !",
             "Champions du ?vivre comme les locaux', intégristes de l'intégration, copains bilingues en portugais ou en coréen au bout d'un mois, reconnaissez qu'il vous est arrivé de payer une fortune pour un bout de camembert importé, ou de rappeler fièrement que Comme d'habitude est une chanson ?bien de chez nous' chaque fois qu'un orchestre de bar la joue ! Qu'on vive à Lima, à Montréal ou à Hanoï, la vie ailleurs fait voir la France autrement, souvent sans indulgence. Mais on peut adorer un curry incendiaire et rêver en secret de la moutarde qu'on mettait sur ses frites, se prélasser au onsen et regretter son savon à la verveine, dévorer l'édition dominicale d'un quotidien local et pester de ne pas trouver son hebdo favori au kiosque. Et chez vous ?",
             _HORIZONS_BOX,
             "Qu'est-ce qui manque le plus aux Français installés hors de France ?",
             "Selon le sondage que nous avions réalisé auprès de 1 870 lecteurs de horizons-francais.example en 2016, c'est la nourriture qui arrive en tête (86 %) chez ceux qui vivent loin de l'Hexagone.",
         ], appeals=[_HORIZONS_BOX]),
    _doc("b48-millbrookclarion-communitychest-newsletter-end", "appeal", "end",
         "Invented; modelled on The Atmore Advance (publisher's column urging gifts to a local charity fund, newsletter sign-up at the end)", "en", [
             "Still short – Community Chest needs a push",
             "",
             "Published 4:12 pm Tuesday, November 19, 2003",
             "",
             "By By Dale Whitcomb",
             "Publisher",
             "Saturday's pancake breakfast for the Millbrook Community Chest gave the drive a welcome boost. Bringing in about $7,500 – and more checks still arriving – goes a long way toward the money needed by the many groups the Community Chest supports.",
             "Still, the drive needs a few more boosts like that.",
             "I've written here before about everything the Community Chest pays for over the year. The 4-H club, the youth soccer league, the senior center and a long list of other groups and services. Every one of them reaches Millbrook families every single day.",
             "If the drive falls short, the odds of funding these groups shrink sharply, and in the end it's the people of Millbrook who pay the price.",
             "That's why this yearly drive matters so much to the health of our town. The Community Chest holds no other fundraisers, so we have one chance a year to back some truly deserving groups and programs.",
             "Most years the drive brings in enough to cover them. After a rough year – above all the shutdown of the Halvorsen mill – money is harder to come by this time. That's why events like the pancake breakfast are organized to help close the gap.",
             "Put simply, the Community Chest lost more than $15,000 in giving when the Halvorsen mill shut down. That's a big hole to fill.",
             "But we can fill it if, as an old coach of mine liked to say, \"everybody grabs an oar.\"",
             "If it's more convenient, bring your gift to us here at the Millbrook Clarion. We'll see that it reaches the right hands and does the most good.",
             "Dale Whitcomb is Publisher of the Millbrook Clarion. Write to him at dale.whitcomb@millbrookclarion.example.",
             "",
             _CLARION_NL,
         ], appeals=[_CLARION_NL]),
    _doc("b48-prairiebugle-communityfund-paywall-middle", "appeal", "middle",
         "Invented; modelled on The News, Kalona (teaser cut off with '…', subscriber login box, then the full article)", "en", [
             "The Millersburg Community Fund campaign for 2001 has begun and, depending on how it goes, could be the last one the town ever holds.",
             "Would anyone notice?",
             "Well, had there been no Community Fund campaigns these past few years, the Millersburg library …",
             _BUGLE_WALL,
             "The Millersburg Community Fund campaign for 2001 has begun and, depending on how it goes, could be the last one the town ever holds.",
             "Would anyone notice?",
             "Well, had there been no Community Fund campaigns these past few years, the Millersburg library would own fewer books and would be somewhat short of the money needed for its new online catalog.",
             "The Millersburg ambulance volunteers will end up $800 short every year. Since they run entirely on gifts (including some from the town), that $800 gap is a real budget cut.",
             "Willow Creek Manor will surely get by without its Community Fund share, but a few small comforts for the home and the people who live there will probably vanish.",
             "The same goes for the Millersburg High School Band Boosters and the Prairie County Learning Center, the Millersburg Elementary PTO and the county Red Cross chapter.",
             "But fewer dollars for the Millersburg Food Shelf means fewer meals handed out. For groups like the Prairie County Hospice and the county animal shelter, every single dollar always counts.",
             "The Prairie County senior van will keep running, thanks to its loyal volunteer drivers.",
         ], appeals=[_BUGLE_WALL]),
    _neg("b48-regardsest-courrier-lecteurs-neg",
         "Invented; modelled on Desk Russie (readers' letters page: praise, thanks to the team, a subscriber's complaint)", "fr", [
             "Mis à jour le 2 juin 2025",
             "Je vous lis fidèlement depuis le lancement de Regards sur l'Est, et je salue votre travail précieux pour mettre au jour les manœuvres du Kremlin, sans parler de votre engagement aux côtés de l'Ukraine.",
             "Je suis choquée d'avoir vu au Festival du livre de Lyon une ancienne présentatrice de la télévision russe, Olga Sedova, dédicacer son ouvrage Censurée sur le stand d'un grand éditeur ce samedi 24 mai. Le titre du livre est démenti par sa seule présence.",
             "Quel est votre avis ? Ne devrait-on pas plutôt refuser la parole à ces relais de Moscou, alors que la guerre se poursuit et que la désinformation russe s'intensifie ? Peut-être faudrait-il agir ensemble, avec des associations, par exemple.",
             "Bien à vous,",
             "Cordialement,",
             "Hélène M., le 26 mai 2025",
             "Bonjour,",
             "Je tenais à remercier et à féliciter vivement M. Pierre Lasserre pour la finesse de son remarquable article sur les ambitions de Moscou dans l'Arctique.",
             "Chaque décideur occidental devrait lire ce texte glaçant… tant qu'il en est encore temps.",
             "Mais il est sans doute déjà bien tard.",
             "Et se sentir si impuissant devant la catastrophe qui s'annonce rend tout cela plus difficile encore à supporter.",
             "Nous regardons, paralysés, un ordre du monde s'effondrer et le désordre prendre sa place.",
             "Merci aussi à toute la rédaction pour l'éclairage dont vous nous faites profiter depuis plus de trois ans, et qui nous aide à tenir bon face aux mensonges tenaces et toxiques de Moscou.",
             "Bravo et merci.",
             "Marc L., le 18 mai 2025",
             "Le 9 mai 2025, trois ans après le début de la guerre, plusieurs dirigeants européens se succèdent à la Maison-Blanche. Le président français y est attendu le même jour. Étrange moment pour aller voir un président américain qui vient de tendre la main au Kremlin. Y aller, soit, mais pour quoi faire ?",
         ]),
    _neg("b48-opinionhub-blog-pay-for-news-neg",
         "Invented; modelled on HuffPost contributor blog (a reader resolving to subscribe to and donate to outlets)", "en", [
             "Want Better News? Start Paying For It",
             "",
             "From now on, I'm paying for the journalism I rely on.",
             "",
             "Like a lot of people, when a site tells me I've “used up my free stories this month,” I just open it on my tablet instead. Worse, I'll paste the headline into a search engine to slip past the paywall. Once or twice I've even used my sister's password for a premium news app. Doesn't everybody? Not me, not anymore. At a time when falsehoods travel faster than corrections, when we need reporters to be the watchdogs they were meant to be, I'm going to pay for careful, honest reporting. I think we all should.",
             "",
             "As I see it, this is a two-way deal. My money gives newsrooms more to spend on serious, tough reporting. And if they let their readers (that's me) down, or go soft on stories they should be chasing, I've earned the right to complain, and I'll complain loudly.",
             "",
             "When I'm getting my news for nothing, or frankly “pirating” it — what standing do I have to gripe about how fair or accurate it is?",
             "",
             "Lately it feels wrong to yell at cable anchors through my laptop while watching a clip I never paid for, with no TV package at home. It feels shady to wangle that extra Washington Post story after my monthly allowance has run out.",
             "",
             "Meanwhile, some outlets, like ProPublica, which don't lock their stories at all, invite readers to chip in if they value the work. I'm going to, because I do.",
             "",
             "This afternoon I'm writing down every news source I actually value, and I'll subscribe, give, or find some other way to back each one.",
             "",
             "More on this soon.",
             "",
             "PS — to my friends who work in newsrooms, I apologize, but at least I'm confessing now. Late beats never, right?",
         ]),
    _neg("b48-mekongwire-magazine-print-suspended-neg",
         "Invented; modelled on Prachatai English reprint of TIME (exile magazine suspends print edition as donor money dries up)", "en", [
             "What a harsh military government never managed to shut down, a global downturn and changing donor priorities finally did. The Salween Review, widely regarded as the leading English-language magazine on junta-ruled Karenland, has suspended its print edition indefinitely this month because of money problems. \"It hurts, but we have to face facts,\" founder and editor Saw Htoo Lwin told the Mekong Wire. He promised to keep building the magazine's website, but said that earning money from online readers has been an uphill battle.",
             "",
             "Karenland is one of the most closed countries on earth, and although a handful of private local publications have sprung up lately, reporters and outlets inside operate under harsh censorship enforced by the generals. A press-freedom watchdog in Geneva counts 11 journalists now behind bars in Karenland, among the highest numbers anywhere and the second highest in the region. The Salween Review, which exiled students started as a photocopied bulletin in 1995 after soldiers crushed a democracy movement in 1990, offered a rare look inside a secretive country and its ruling officers. \"It was essential reading and generally trustworthy,\" says Marit Olsen, a Bangkok-based researcher on the country.",
             "",
             "Olsen says that after last year's vote, the first in Karenland in 20 years, several foreign donors began pulling money from exile media, arguing that real reform is now under way at home and support should move there. \"That's mostly wishful thinking. Very little has changed,\" Olsen says. Most rights groups and many Western capitals dismissed the vote as stage-managed and a cover for continued army rule.",
         ]),
    _neg("b48-grumbleblog-no-subscription-neg",
         "Invented; modelled on Random Philipics (blogger who will not subscribe but once donated to a newspaper)", "en", [
             "Thanks, But I Don't Want a Subscription….",
             "",
             "Nobody wants good newspapers and serious reporting to survive more than I do, but could the papers please rethink how they sell it?",
             "",
             "When you research anything, you end up clicking through pieces from ten or fifteen papers and magazines. Every one of them wants you to subscribe.",
             "Every one wants your card number, and they keep it forever. Every one wants to bill you automatically. Forever. They promise you can cancel any time. Experience says not to count on that, even if you have an afternoon to spare.",
             "Every one floods your inbox.",
             "A few are so pushy they refuse prepaid cards altogether, even the registered kind, which would otherwise be a neat way around automatic renewals. And plenty of them have found a trick around the new expiry date on an ordinary card. They've talked the banks into passing it along! Heaven forbid a payment lapse!!",
             "",
             "Compare that with academic and medical journals, where you can usually buy a single paper, or a one-day pass. Not so with our big newspapers. Some websites ask for one-off gifts, but the only paper I found doing so was the Toronto Lantern. It asked, courteously, for a single contribution, which I gladly made. I doubt they kept the card details. All they want is to write once a year and ask whether you'd care to give again.",
             "",
             "Every traditional paper could learn from the Lantern's approach. Nobody reads just one paper now. We read bits and pieces from all over.",
             "",
             "All that said, pandemic coverage in the big outlets was and still is dreadful. Breathless and unquestioning. One wag remarked that he used to grieve for dying newspapers, but now suspects some of them have earned it.",
         ]),
    _neg("b48-riviereecho-merci-cooperative-neg",
         "Invented; modelled on Le Nouvelliste (co-operative relaunch thanking readers for donations and pledges)", "fr", [
             "Nathalie Bergeron",
             "L'Écho de la Rivière",
             "Nathalie Bergeron",
             "",
             "Merci!",
             "",
             "On en parlait depuis des mois, et voilà qui est fait. Avec l'accord obtenu mardi devant le tribunal pour son passage en coopérative, L'Écho de la Rivière tourne une page majeure de son histoire et peut enfin regarder devant lui avec confiance.",
             "",
             "Cette décision clôt une longue restructuration commencée le 3 septembre dernier, lorsque le groupe Presse Boréale a dû se placer sous la protection de la loi sur les faillites. L'Écho entame ainsi l'année de ses 90 ans en appartenant à l'ensemble de ses employés.",
             "",
             "Votre journal mettra certains services en commun au sein d'une coopérative provinciale réunissant les quatre autres titres de Presse Boréale, soit Le Matin à Rimouski, L'Étoile à Chicoutimi, Le Courrier à Gatineau et La Voix du Nord à Rouyn. Abonnés et lecteurs garderont l'accès aux nouvelles produites par les équipes des autres régions.",
             "",
             "Il faut le redire : cette relance doit beaucoup à l'élan et à la contribution financière des gens d'ici. Dans la région, près de 420 000 $ ont été réunis pour soumettre un plan solide au syndic chargé du dossier.",
             "",
             "Ce bel élan régional permet aujourd'hui à L'Écho de poursuivre sa mission : offrir une information fiable à la population de la vallée. Merci à toutes celles et à tous ceux qui ont rendu cette coopérative possible. Merci également aux lecteurs et aux annonceurs qui nous font encore confiance et nous permettent de voir l'avenir avec espoir et entrain.",
             "",
             "Encore une fois, les gens de la région ont montré leur attachement à L'Écho en promettant plus de 15 000 $ de dons.",
         ]),
    _neg("b48-boulevardlibre-six-ans-donateurs-neg",
         "Invented; modelled on Boulevard Voltaire (birthday party report thanking the site's donors)", "fr", [
             "Rempart Libre ? Déjà six ans. Autrement dit, plus de vingt-cinq mille articles mis en ligne depuis le lancement. Ça mérite une fête, non ? Eh bien, la fête a eu lieu, et une belle, ce jeudi 14 mars, à Lyon, dans la bonne humeur et l'amitié, avec près de deux cent cinquante invités, fondateurs, plumes de la première heure, personnalités, confrères bienveillants, et plusieurs de nos plus fidèles donateurs.",
             "",
             ", aux côtés de son épouse",
             "Merci, donc, à tous ceux qui ont affronté la pluie battante, car même si certains élus semblent l'ignorer, il lui arrive de tomber au printemps. Merci d'abord à nos soutiens financiers, sans qui ce site serait resté un joli projet sur le papier. Merci ensuite à ceux qui nous accompagnent depuis la première heure : Anne Vasseur, Jean-Marc Delorme, Pierre Audouin, Claire Berthier, Louis Montfort, Henri Castel… et même votre serviteur. On ne remerciera pas, en revanche, les grèves de train qui nous ont privés, entre autres, de Bernard Lacombe et de Sophie Marchand !",
             "",
             "Merci aussi à ceux qui travaillent dans l'ombre avec zèle et modestie : Julie, Thomas, Agnès, Luc, Mathieu, Élise, Mihai, Dragos… et une pensée particulière pour Gérard, le grand correcteur, traqueur de virgules égarées, sentinelle infatigable à la moustache légendaire.",
             "",
             "Ce fut aussi l'occasion de mieux connaître les vrais propriétaires de Rempart Libre : nos donateurs.",
         ]),
    _neg("b48-cuisinelente-associations-soutenues-neg",
         "Invented; modelled on Chocolate & Zucchini (blogger listing the charities she gives to and inviting readers to give)", "fr", [
             "J'ai beaucoup d'admiration et de reconnaissance pour celles et ceux qui donnent de leur temps et de leur énergie à des associations ou à des causes d'utilité publique. La période de ma vie que je traverse — côté travail comme côté famille — ne me permet pas de les rejoindre pour l'instant*.",
             "Par contre, j'aime faire des choix avec mon porte-monnaie, et je réserve chaque année une part de mes revenus à des associations dont les combats me tiennent à cœur. « Montre-moi ce que tu finances, je te dirai ce qui compte pour toi ! »",
             "Comme c'est le moment de l'année où l'on y songe le plus, entre l'envie de partager propre aux fêtes et (moins poétique) la déclaration d'impôts** qui approche, j'ai eu envie de vous présenter les 7 associations que j'aide cette année. Certaines depuis longtemps ; d'autres font leur entrée dans ma liste.",
             "Si leur action résonne avec ce qui compte pour vous, je vous encourage à leur donner un coup de main selon vos moyens, et j'aimerais beaucoup que vous me parliez aussi des structures que vous aidez, par votre temps ou par vos dons.",
             "Il me reste quelques centaines d'euros à répartir, et je serais ravie que vous me fassiez connaître d'autres belles causes.",
             "Les Mots Ouverts, l'atelier de français pour les personnes exilées",
             "Les Mots Ouverts accueillent depuis 2017, à Lyon, des adultes exilés sans diplôme. L'association leur apprend le français et les aide à construire un projet de formation ou d'emploi.",
             "Pourquoi je les aide : parce que j'écris pour vivre, que j'aime apprendre les langues et que je tiens à la langue française, ce projet me semble à la fois évident et essentiel.",
             "Les Voisins d'Antan, contre l'isolement des personnes âgées",
         ]),
    _neg("b48-bulle-actu-revelo-dons-neg",
         "Invented; modelled on Konbini news (launch of a nonprofit investigative outlet funded only by gifts)", "fr", [
             "Révélo, premier média d'enquête associatif de Belgique, se lance grâce à ses donateurs",
             "",
             "Cette jeune rédaction, qui se présente aussi comme une association, veut \"mettre au jour les dérives du pouvoir qui nuisent au bien commun\".",
             "",
             "\"Ni une entreprise, ni un parti, ni un industriel ne pourra peser sur nos choix éditoriaux\", promet l'équipe, formée autour d'anciens de plusieurs quotidiens et d'une radio publique. Premier média d'enquête belge sans but lucratif, Révélo bouscule un peu le paysage. Son pari : mener des investigations de longue haleine sur les atteintes à l'environnement, la fraude fiscale, l'industrie alimentaire et d'autres sujets annoncés à l'avance, financées seulement par les dons et le mécénat.",
             "",
             "Une enquête libre de toute pression",
             "",
             "Le modèle vient clairement du journalisme financé par la philanthropie dans le monde anglophone : celui de The Marshall Project aux États-Unis, d'Airwars au Royaume-Uni ou de Follow the Money aux Pays-Bas. En Belgique, ce sont des reporters et des photographes d'enquête, mais aussi des universitaires, des juristes et même des informaticiens qui s'associent pour enquêter et \"produire des effets concrets dans la société\", selon le texte fondateur du collectif.",
             "",
             "Le bien commun comme boussole",
             "",
             "Un comité de rédaction choisira les sujets, mais les lecteurs pourront aussi en proposer. Pièce maîtresse du projet, ils seront également appelés à \"changer la colère en engagement\", par exemple en lançant des recours en justice. Tous les ans, Révélo publiera un bilan de son impact et de ses activités et rendra ses comptes publics, au nom de la transparence.",
             "",
             "Bulle Actu, partenaire du projet",
         ]),
    _neg("b48-lookingharbor-bring-back-harborbeat-neg",
         "Invented; modelled on Viewing NYC (blog urging readers to back another site's crowdfunding, author bio)", "en", [
             "Help Revive Harbor City's Favorite Local News Site \"Harbor Beat\" Through Its Crowdfunding Drive",
             "",
             "When Harbor Beat went dark last winter after its hedge-fund owner Carl Ostrander balked at the newsroom's vote to unionize, the city lost one of its best sources of neighborhood news. Since then, though, public radio station KHCR and a few partners have bought the site back from Ostrander and are now preparing a comeback! Still, as with most publicly funded projects, the money isn't quite there to move as fast as everyone hopes, so Harbor Beat has launched a crowdfunding drive to \"Bring Harbor Beat Home\" sooner.",
             "",
             "Every dollar raised in this campaign goes to Harbor Beat. The first $80,000 will get the site running again and restart our daily newsletter. It will also let us save the Harbor Beat and Bay Street Blog archives. And that's only the start. The more we collect, the more we can do for you.",
             "",
             "Because KHCR is a nonprofit, every gift to the drive is tax deductible. Here at Looking Harbor we've passed along plenty of Harbor Beat stories and photos over the years, so we've chipped in ourselves, and we hope you'll join us.",
             "",
             "Theo Marchetti",
             "",
             "Theo Marchetti",
             "",
             "Founding Editor",
             "",
             "Theo loves wandering the waterfront with his wife and daughter. He rides his bike everywhere, and spends most of his free time cooking, cycling, and tinkering with side projects.",
         ]),
    _neg("b48-kwtv-lakeview-teachers-contract-neg",
         "Invented; modelled on WIFR (TV station report on a teachers' contract vote and an interim superintendent)", "en", [
             "A Teachers' Deal & An Interim Chief",
             "",
             "The school board approved a deal with the teachers union by a wide margin Monday night. Still, several board members voiced worries about the money pressures the deal could create.",
             "",
             "The district signed off on a four-year contract with the union on a 6/1 vote.",
             "But three members said they voted yes with reservations, and Paul Dempsey alone voted no. They would have preferred a shorter deal. Those members doubt the district can keep paying for all its current teachers by the end of the contract. That could mean cutting programs in 2012.",
             "",
             "\"Labor peace is worth something, but when I look four years out and see possible layoffs, that worries me,\" says board member Carol Whitfield.",
             "",
             "Also Monday night, Denise Okonkwo was named interim superintendent. Her interim term runs for only a year. Board president Gary Lindqvist says members will use that year to decide what the district should do once Okonkwo's term ends next spring.",
         ]),
    _neg("b48-valleyledger-superintendent-extension-neg",
         "Invented; modelled on The Vindicator (school board renews a superintendent's contract over residents' objections)", "en", [
             "PINE HOLLOW — Over objections from some residents, the school board voted tonight to extend Superintendent Martha Greenlee's contract for three more years.",
             "",
             "The extension passed 4-1, with board member Roy Dutton voting no.",
             "",
             "A number of residents spoke against the extension and against Greenlee's leadership in the open comment portion of tonight's session.",
             "",
             "Greenlee thanked the board for its trust, and invited residents to call or visit her to talk through their complaints.",
             "",
             "\"We're going to take a hard look at what those residents raised,\" she said.",
         ]),
]

BATCH48_DOCUMENTS = PROBE30 + PROBE31
