"""Seventy-sixth batch: written by a helper, never scored before being committed (its first run is the
honest estimate). Whole pre-composed documents in the layouts of real scraped pages.

19 documents (9 appeal, 10 negative; EN, FR, DE): our own paraphrases of every document of the
local-only real probe 56 (19 documents). Each keeps the real page's structure (a photo caption repeated
with a credit line, a column title with a photo label and an epigraph with its attribution, "+" notes,
a TV-station crime story, a short video item with an asterisk footnote, a tech-news story whose first
line is glued to a logo label, a magazine-issue teaser cut off mid-word, a blog's weekly roundup with
"- " bullets and a stray lone "-" line, a site menu glued to a support line, a letter to the editor
signed with name and town, a bulleted shopping list, a campaign-finance table in plain lines, a press
release dateline, a "(abc/sda)" agency tag) and exactly what the real gold marks: a nonprofit
newsroom's one-line "who we are, get our newsletters" intro at the top plus its year-end matching-gift
member drive paragraph after a repeated photo caption; a column's three-paragraph annual-fundraiser
plea with a matching pledge between the epigraph and the "+" notes; a station's email-alerts line in
the middle of a crime story and its app line at the end; a tax-deductible donation appeal with its
asterisk footnote under a video item's first line; a state nonprofit's closing "if you have not given
this year" paragraph after a growth report; a tech site's free-newsletter line at the end; the last
paragraph of a portal's own campaign report urging one-off or recurring gifts (the report of the
missed goal and the thanks stay text); a magazine's "help us" line plus a cut-off order line after the
issue teaser; a menu-plus-support line at the top and a cut-off "keep us free" block at the end of a
blog roundup. Negatives keep what makes the real ones hard: a city food drive with drop-off sites and a
grocer's donated turkeys, a food bank's holiday drive with quoted pleas for money, a food bank's
fund drive with a donation web address and dollar totals, a blogger's reading of campaign donation
reports with figures, a press release on a nationwide matching campaign for nonprofit newsrooms,
crowdfunding pots for families of disaster victims, a reader's letter recalling who could afford a
newspaper subscription, a daily's cover-price rise, a round-up of newspaper subscription prices, a
weekly's cut in print frequency and subscription tiers.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches `build_devset.py --batch76` takes
each text as it stands, locates every gold appeal substring in it (asserted unique) and writes
Fixtures/unseen-batch76.jsonl. Named `unseen-` because no rule is fitted to it (the line scorer does
train on the unseen-batch files).
"""


from whole_documents import _doc, _neg


# --- Probe 56: appeal documents -----------------------------------------------------------------

_SCHOOLYARD_INTRO = (
    "The Schoolyard Desk is an independent nonprofit newsroom with a single beat: learning. Get our "
    "weekly briefings in your email and never miss a story like this one."
)

_SCHOOLYARD_DRIVE = (
    "Since our winter giving drive opened, readers have sent us almost $14,000 because they count on us "
    "for careful, deeply reported stories about the nation's classrooms. The Halvorsen Trust has pledged "
    "to double a good share of those gifts: it will match each contribution of up to $750 through "
    "February 2. We still have to close the gap to $18,000 before then. Please stand with us. Sign up as "
    "a member now. And see our November essay on why fair, thorough reporting about schools counts for "
    "more today than it ever has."
)

_SPADEWORK_PLEA = "\n".join([
    "Over here at SpadeWork we've been kicking around ideas for making our yearly fund drive work better, grate on people less and wrap up as quickly as we can manage. Not one of us was trained to raise money. Not one of us enjoys begging, or giving up writing time and precious space on the site to this yearly chore. But there is no other road for us. We refuse to run advertising and the big progressive endowments don't send checks our way.",
    "Hardly any publication that says what we say about the Pentagon budget or the emptiness of both parties ever lands a grant from the Halloway Trust or the Bexley Foundation. That goes a long way toward explaining why so few sites resemble SpadeWork, to be blunt. The other part, naturally, is that those sites lack our contributors. Our money comes from readers, and from nobody else. We live and die by the sentence.",
    "Luckily a reader who has stood by us for years came forward this week and offered to match each gift of $40 or above until next Sunday. That pledge couldn't come at a better moment, yet it will barely move the needle toward our small target unless the rest of you chip in. Come on, let's finish this and get back to the work that really matters.",
])

_KLTN_ALERTS = "Sign up for KLTN 7 email alerts"

_KLTN_APP = "Get the KLTN 7 Lakeside app for up-to-the-minute news and storm warnings."

_LUMEN_DON = "\n".join([
    "Pour que Lumen Vivant continue d'avancer, soutenez-nous par un don : les deux tiers de son montant viennent en réduction de vos impôts. L'avenir de Lumen Vivant s'écrira ainsi avec vous.",
    "*réduction fiscale sur l'impôt sur le revenu",
])

_TIDEWATER_CLOSE = (
    "To everyone who already helps put out this Tidewater Ledger reporting as a donor, thank you. If you "
    "haven't given to the Ledger this year, or even if you already have, please think about what local "
    "reporting does to inform neighbors, improve lives and keep self-government healthy, and remember "
    "that your gift is what lets the Ledger carry this year's expansion forward into 2024 and the years "
    "after."
)

_CIRCUIT_NEWSLETTER = "Enjoying this story? Sign up for Cascade Circuit's free email digests so no headline slips past you"

_SUEDWAERTS_AUFRUF = (
    "Damit uns das gelingt und unser Portal auch in den kommenden Jahren besteht, bitten wir alle Leser:innen "
    "und Unterstützer:innen von Südwärts24, uns auch nach dem Ende der Aktion mit kleinen oder gern auch "
    "größeren Summen unter die Arme zu greifen. Südwärts24 lässt sich jederzeit mit einer einmaligen oder "
    "einer regelmäßigen Spende stärken. Wie das geht, erfahren Sie hier."
)

_TIEFGANG_BESTELLEN = "\n".join([
    "Unterstützen Sie uns dabei!",
    "Sichern Sie sich jetzt Ihr Exempl",
])

_HARBOR_TOP = "\n".join([
    "- Local",
    "- Arts",
    "- Newsroom",
    "Back the independent voice of the Gulf Coast and help Harbor Times stay free for everyone.",
])

_HARBOR_END = (
    "Keep Harbor Times Gulf Coast Free... From our very first issue, Harbor Times Gulf Coast has stood "
    "for free, independent reporting about life along the Gulf Coast, and we mean to keep it like that. "
    "We give our readers sharp coverage of local politics, restaurants and the arts without charging a "
    "cent. We turn out stories on everything from courthouse scandals to the loudest new garage bands, "
    "with fearless reporting, lively prose, and writers who have collected honors from the Coastal Press "
    "Guild's long-form prize to the Marlowe Award for Civic Reporting. But with neighborhood news "
    "fighting for its life and ad income shrin"
)


PROBE56_APPEALS = [
    _doc("b76-schoolyarddesk-dreamers-college-top", "appeal", "top",
         "Invented; modelled on The Hechinger Report (nonprofit education story: newsletter intro line at the top, matching-gift member drive after a repeated photo caption)", "en", [
             _SCHOOLYARD_INTRO,
             "Amara Okonkwo, a student without legal status who came from Guatemala as a toddler, listens to a lecture at Riverside State College, where she is a sophomore. The Schoolyard Desk covers college access closely and tracks the particular hurdles that immigrant learners meet from kindergarten onward.",
             "Amara Okonkwo, a student without legal status who came from Guatemala as a toddler, listens to a lecture at Riverside State College, where she is a sophomore. The Schoolyard Desk covers college access closely and tracks the particular hurdles that immigrant learners meet from kindergarten onward. Photo: Wendell Ashby",
             _SCHOOLYARD_DRIVE,
             "Classrooms barely came up during this autumn's bitter race for governor, yet it is plain now that schooling shaped how people voted. The rifts running through our state often take root in preschool rooms and widen as teenagers sort themselves into selective universities, state campuses, trade programs – or skip further study altogether.",
             "Learning can bring us together, too. That belief sits at the heart of the public school system.",
             "State-run schools teach 89 percent of the nation's children from pre-K through grade 12.",
         ], appeals=[_SCHOOLYARD_INTRO, _SCHOOLYARD_DRIVE]),
    _doc("b76-spadework-looseends-funddrive-top", "appeal", "top",
         "Invented; modelled on CounterPunch (weekly column: photo label and epigraph, then a three-paragraph fund-drive plea with a matching pledge before the \"+\" notes)", "en", [
             "Loose Ends: The River Still Runs Crooked",
             "Glyptodon skeleton, Hall of Ancient Mammals, Denver Museum of Earth. Photo: Marta Voss.",
             "“We have quietly stopped trusting the world we live in. Even what befalls us, grief and desire, seems to brush us only at the edges. We are not the authors of the picture; it is the world that has started to resemble a cheap movie.”",
             "– Henrike Ostrander, Notes Toward a Dim Screen",
             _SPADEWORK_PLEA,
             "+ When the returns arrive Wednesday night and a parade of the most noxious figures we have ever watched wins office and the hard right grabs both chambers of the legislature, recall that the party leadership bankrolled the primary runs of many of those fringe candidates, betting—mistakenly, as usual—that nobody could ever vote for them, the same bet they lost four years ago.",
         ], appeals=[_SPADEWORK_PLEA]),
    _doc("b76-kltn7lakeside-marlowe-arrest-middle-end", "appeal", "middle+end",
         "Invented; modelled on FOX 5 Atlanta (TV-station crime story, email-alerts line mid-story and app line at the end)", "en", [
             "Deputies have taken a suspect into custody in the killing of a Brookhaven woman.",
             "The Harlan County Sheriff's Office told KLTN 7 that Dorian Reese Mabry, who goes by \"Tank,\" is being held in connection with the death of 29-year-old Janelle Whitcomb.",
             "Investigators say deputies were sent to the 400 block of Cedar Hollow Lane in Brookhaven on Thursday, August 14 at about 11:20 p.m. following an emergency call.",
             "On arrival, deputies found Whitcomb inside the house with several gunshot wounds.",
             _KLTN_ALERTS,
             "Paramedics took Whitcomb to a hospital nearby, where she died.",
             "On Tuesday, the sheriff's office named Mabry as the suspect and warned that he should be treated as \"armed and dangerous.\"",
             "Mabry was arrested early Wednesday. He faces charges of felony murder, aggravated assault, and carrying a weapon while committing or attempting a felony.",
             _KLTN_APP,
         ], appeals=[_KLTN_ALERTS, _KLTN_APP]),
    _doc("b76-lumenvivant-chanson-eveque-don-middle", "appeal", "middle",
         "Invented; modelled on Aleteia (French edition) (short video item, tax-deductible donation appeal with asterisk footnote under the first line)", "fr", [
             "Théo, un garçon qui a longtemps dormi dans la rue, rend à sa façon un bel hommage à l'évêque de Valmont.",
             _LUMEN_DON,
             "Pour changer un peu, Mathilde vous fait découvrir aujourd'hui un morceau bien éloigné des cantiques que l'on entend d'habitude. Composé par un chanteur aussi discret qu'inventif, il est pourtant bel et bien dédié à l'évêque pour sa visite à Valmont, mais d'une manière toute personnelle… Accordez-vous quelques minutes pour regarder ce clip, où un garçon marqué par la vie ôte son bonnet avant de parler au prélat. Une vidéo étonnante que nous vous laissons savourer sans en dire davantage…",
         ], appeals=[_LUMEN_DON]),
    _doc("b76-tidewaterledger-threeyears-growth-end", "appeal", "end",
         "Invented; modelled on CT Mirror (state nonprofit newsroom's growth report, closing donor paragraph)", "en", [
             "Three years back the Tidewater Ledger had six full-time reporters, one executive editor, and a budget of $900,000. Then a three-year, $650,000 award arrived from the Local Newsroom Fund, a philanthropic venture that backs systems for bringing in revenue, with the long-term aim of paying for more reporting.",
             "Now, as that award runs its course, we have a far more varied team of 14 full-time reporters, three people on the business side, a $2.1 million budget, and a record of results we are proud of.",
             "In 2023, the Ledger's reporters, together with 1,800 donors and funders, produced work that prompted an overhaul of the state's abandoned-vehicle auctions, the first full staffing of the Procurement Review Office's audit unit, and 40,000 sign-ups for a child-care relief program in its opening week, enough to knock the state portal offline.",
             "We kept pressing officials over dubious, unlawful, or simply odd conduct, including spending irregularities at the Bayport housing authority, the way the state transit agency awards bus contracts, and questions about favoritism in the Saltmarsh ferry terminal deal.",
             "Over the past year our business coverage found its footing, we widened our courts reporting, we brought back a full-time environment beat, and we offered the most thorough coverage anywhere of the 2023 municipal races.",
             _TIDEWATER_CLOSE,
         ], appeals=[_TIDEWATER_CLOSE]),
    _doc("b76-cascadecircuit-valleyherald-delivery-end", "appeal", "end",
         "Invented; modelled on GeekWire (tech-news story with a glued logo label, free-newsletter line at the end)", "en", [
             "Valley-Herald-LogoYet another daily paper is leaning into digital and scaling back its print run: The Valley Herald said Tuesday it will drop home delivery to three days a week.",
             "The paper, founded in 1871 and the winner of five national reporting prizes, also let go of 28 writers, editors and photographers, according to the Marlow Bay Courier, which got hold of a memo to staff from owner Priscilla Vandermeer. Well-wishers and strangers chipped in $2,700 toward a tab at a downtown pub where many of the laid-off staff met up Tuesday night.",
             "Next spring, The Valley Herald will spin off its own media business, Herald Digital Partners, which the memo calls \"built around screens.\" The paper will still be printed daily, but carriers will bring it to homes only on Thursday, Saturday and Sunday, and paying readers will get a daily replica edition to read on phones and tablets.",
             "It is the latest in a string of publishers stepping back from print. The Harborview Gazette went to four days a week in 2013, and The Pine Ridge Sentinel ended its print edition altogether in 2010.",
             "The Media Desk Review has a solid explainer on what the shift means for everyone, readers included.",
             "Newspapers' money troubles mostly trace back to shrinking print ad sales, though Vandermeer was reported as saying the cuts had nothing to do with falling print income.",
             "To bring in more money from online readers, a number of publishers have chosen to lock stories behind paywalls. That approach has paid off in some places, but plenty of observers doubt it can solve the deeper trouble facing the industry.",
             _CIRCUIT_NEWSLETTER,
         ], appeals=[_CIRCUIT_NEWSLETTER]),
    _doc("b76-suedwaerts24-kampagne-bilanz-end", "appeal", "end",
         "Invented; modelled on amerika21 (portal's own campaign report, closing paragraph urging one-off or recurring gifts; the missed goal and thanks stay text)", "de", [
             "Aus der Redaktion: Spendenziel um ein gutes Viertel unterschritten",
             "Unsere Spendenaktion für dieses Jahr endet mit 11.620 Euro",
             "Allen, die unserem Aufruf nachgekommen sind, sagen wir von Herzen danke. Mit 11.620 Euro geht unsere Sammelaktion zu Ende. Dank dieser Unterstützung ist der Weiterbetrieb fürs Erste gesichert.",
             "Unser Ziel haben wir diesmal jedoch um etwa 27 Prozent verpasst. Das ist leider das schwächste Ergebnis seit fünf Jahren, also seit wir uns vorgenommen haben, jeweils 16.000 Euro zu sammeln.",
             "Weil wir inzwischen Autor:innen, Fotograf:innen und Übersetzer:innen wenn möglich bezahlen, sind unsere monatlichen Ausgaben gewachsen. Südwärts24 braucht Spenden deshalb dringender als je zuvor. Abgesehen von einzelnen Partnerschaften mit anderen Redaktionen sind sie unsere einzige Einnahmequelle, denn das Portal bekommt keine öffentlichen Zuschüsse und zeigt keine Werbung.",
             "Gerade jetzt, da freie Medien finanziell immer enger werden und Projekte über den globalen Süden aus der deutschsprachigen Medienszene nach und nach verschwinden, während die Region zugleich für das Ringen der Großmächte stetig an Gewicht gewinnt, halten wir es für wichtig, dass es uns weiter gibt.",
             _SUEDWAERTS_AUFRUF,
         ], appeals=[_SUEDWAERTS_AUFRUF]),
    _doc("b76-tiefgang-ausgabe3-postenschacher-end", "appeal", "end",
         "Invented; modelled on DOSSIER (investigative magazine issue teaser, help-us line and order line cut mid-word)", "de", [
             "Die Seeufer-Affäre hat das Land bis ins Mark getroffen. Der wohl größte politische Skandal der letzten Zeit ist aber bloß der bisherige Gipfel einer langen Kette von Postenschacher und Freunderlwirtschaft. Vor 25 Jahren sang die Band Blechmusi „Eine Hand wäscht die andere“, im Herbst 2020 dröhnt „Alles für die Freunde!“ durch das Regierungsviertel – heute wie damals weiß man als Wählerin und Wähler nicht, ob man sich ärgern oder amüsieren soll.",
             "Aber sind Gerold Plankensteiner, Heidrun Moosbacher und ihre Parteifreunde bloß bedauerliche Ausreißer oder nur das, was aus dem Wasser ragt? Wer zieht im Verborgenen die Fäden? Steckt im System ein Grundproblem mit Gefälligkeiten – und wie findet das Land da wieder hinaus?",
             "Die dritte Ausgabe von TIEFGANG dreht sich um eine Frage, die gerade viele beschäftigt und uns in der Redaktion keine Ruhe lässt: „Wer verteilt, bestimmt. Wie käuflich ist die Republik?“",
             "Schon lange decken wir Amtsmissbrauch und Günstlingswirtschaft auf: die teuren Werbeschaltungen, mit denen Landesregierungen befreundete Blätter versorgen; die skandalösen Zustände in Pflegeheimen, an denen private Betreiber prächtig verdienen; die verschachtelten Firmengeflechte von Wettanbietern wie der Fortunalis; die stillen Verbindungen zwischen dem Rüstungszulieferer Brandauer und einer Regierungspartei; und der maßlose Einfluss des Boulevardblatts Tagesblitz auf die Landespolitik.",
             "Genau da fangen wir an, genau da graben wir weiter.",
             "In der dritten Ausgabe von TIEFGANG recherchieren wir dort weiter, wo Zeitungen, Magazine und Sender den Faden fallen lassen. Als einziges investigatives Printmagazin des Landes ohne Anzeigen schulden wir nur unserem Publikum etwas. Auf dem Inhaltsverzeichnis der dritten Ausgabe finden sich diesmal: Brandauer, die Landesbank und die Bahnholding, Baukonzern Kranzl und Hochbau-Süd, Fortunalis und die Lotteriegesellschaft, der Energieversorger und der Skiverband sowie die Parteien, egal welcher Couleur. (Ende) „Wer/ver/teilt/be/stimmt“.",
             _TIEFGANG_BESTELLEN,
         ], appeals=[_TIEFGANG_BESTELLEN]),
    _doc("b76-harbortimes-squeeze-weekly-roundup-top-end", "appeal", "top+end",
         "Invented; modelled on Broward Palm Beach New Times (blog roundup: menu glued to a support line at the top, cut-off keep-us-free block at the end)", "en", [
             _HARBOR_TOP,
             "Here's what went down this week on Squeeze:",
             "- The fight over the Kitten Korner shop turned ugly. Squeeze ran pictures from the latest standoff outside the Seabreeze pet shop, where the store's fans held up signs made from an Instagram snapshot of an activist's 6-year-old son. More pictures from the standoff here.",
             "- Gulfport developer Randall Pike got a frosty greeting from his rival in the Republican primary for governor, Loretta Vance. The Vance camp branded Pike a \"landlord who cashes in on renters' pain\" and noted that Pike has been sued in Georgia over an alleged condo-flipping scheme.",
             "- A new audit of Port Sable finances raises doubts about the city's ties to a Bayside charity that helped hand out a fat contract for replacing stairlifts at the Palm Terrace retirement towers.",
             "-",
             "Tempers flared among organizers in Coral Cove during a talk on extremist groups active in town.",
             "- Newly public voicemails from Trina Castellano's phone hint that the woman accused of plotting to have her husband killed was still taking calls from customers of her old side business.",
             "- Could Port Sable's Miguel Ortiz become the first Gulf Coast native to pitch in the big leagues?",
             _HARBOR_END,
         ], appeals=[_HARBOR_TOP, _HARBOR_END]),
]


# --- Probe 56: negatives ------------------------------------------------------------------------

PROBE56_NEGATIVES = [
    _neg("b76-lakeshoredaily-harwick-fooddrive-turkeys-neg",
         "Invented; modelled on The Buffalo News (brief on a city food drive with drop-off addresses and a grocer's donated turkeys)", "en", [
             "The \"Neighbors Feeding Neighbors\" drive in the City of Harwick is gathering groceries for struggling households through Dec. 2.",
             "Common Council President Renata Sloane said in a statement that over 150 local families will lean on neighborhood pantries during the holidays.",
             "For the fourth year running, Fairway Grocers has given 125 turkeys.",
             "Residents can leave canned and boxed food in the City of Harwick at the municipal building, 310 Canal St.; the Senior Center, 48 Elm St.; and Central Fire Station, 17 Pearl St. In East Harwick, items can be dropped at the Lantern Community Arts Space, 92 Lock St.",
             "The Korean War Veterans Post and the Holy Cross pantries, which gain from the drive, along with Coats for Cold Neighbors, take donations all year long.",
         ]),
    _neg("b76-northvalleynews-ashford-foodbank-holidaydrive-neg",
         "Invented; modelled on Global News (food bank's holiday drive with quoted pleas for food and money)", "en", [
             "The Ashford Community Pantry wants residents to catch the holiday spirit.",
             "Friday marks the launch of the pantry's Winter Food Drive. Pantry volunteers will be stationed at FreshWay on Maple Avenue and Gino's Market on Dundas Line in Ashford to kick off the effort. The pantry will also set up at the Ashford Festival of Lights parade on Sunday to gather food.",
             "The pantry is just wrapping up its harvest drive, which ran long into late autumn after falling far short of its target.",
             "\"Our line-ups keep getting longer,\" said pantry manager Deborah Kinsella-Roy. \"And plenty of others are feeling squeezed too. People who gave in other years may have less to spare, or nothing to spare at all, since everything costs more now.\"",
             "Even though demand is growing faster than the donations, Kinsella-Roy said the town keeps showing up for the pantry.",
             "\"Local people and shops keep stepping forward,\" she said. \"It's wonderful to see how many groups want to help us stock the shelves, and to give so we can feed families who are struggling.\"",
             "Alongside canned and dry goods, the pantry will gladly take cash gifts. Kinsella-Roy said the money lets the pantry buy fresh staples for households.",
             "\"Milk and eggs are what we end up buying,\" she said. \"Shelf-stable items come in, but we want to hand out the fresh basics as well.\"",
             "The Winter Food Drive runs until New Year's Eve.",
         ]),
    _neg("b76-prairiecitizen-foodbank-fundrive-list-neg",
         "Invented; modelled on Columbia Missourian (food bank fund drive brief with an item list, a donation web address and totals)", "en", [
             "The Heartland Regional Food Bank is getting ready for its yearly Share a Meal Holiday Food and Cash Drive, which supplies groceries to households over the holidays.",
             "Items will be gathered in the Greenleaf Foods parking lot from 7 a.m. to 7 p.m. Thursday. Volunteers will be on site to unload the donations.",
             "Most-needed items include:",
             "- Canned soup and stew.",
             "- Canned tuna.",
             "- Jelly.",
             "- Mac and cheese.",
             "- Oatmeal.",
             "- Noodles.",
             "- Lentils.",
             "- Crackers.",
             "- Chili.",
             "Only shelf-stable goods will be taken, and the food bank asks donors not to bring anything packed in glass jars.",
             "People who can't come by may donate to the Heartland food bank through its website, heartlandmeals.example.org.",
             "Cash gifts go the furthest, the food bank said in a press statement. Each dollar given lets it buy $18 worth of food.",
             "KRVL Radio will team up with the food bank to publicize the drive and report running donation totals on air.",
             "In 2019, Share a Meal brought in more than 6,200 pounds of food and $162,408.",
         ]),
    _neg("b76-ordinarymarge-q2-filings-donations-neg",
         "Invented; modelled on Above Average Jane (blog reading campaign donation reports, figures in plain table lines)", "en", [
             "Alright, round two. First, you can look up these filings on your own at www.filings.example.org. As usual, sorry ahead of time for any mistakes or misreadings. I'm not an attorney or a bookkeeper, only a curious onlooker, so please treat what follows as one person's impressions.",
             "This period runs July – September, 2011.",
             "Watch individual gifts versus committee money",
             "A few campaigns, like those of Dana Whitfield, Roger Kemp, and Lydia Osei, list their donors from A to Z. That makes it simple to tell who gave how much. Others list theirs by date so you can spot when money came in. The rest, which is most of the field here, jumble the lists so neither names nor dates follow any order, and that makes it a real chore to follow the money. Openness, people, just a bit more openness. Sure, it frustrates your rival, but it frustrates your voters as well.",
             "Where two figures appear, the first covers the period and the second the whole cycle so far.",
             "Look at the ratio of itemized gifts (above $200), unitemized ones (small gifts), and committee money. Usually unitemized runs near a tenth of itemized, with committee money at roughly a third of that. Kemp takes less committee money than you would guess, Harlan takes far more.",
             "9th Congressional District",
             "Harlan has said he will seek a Senate seat instead, so comparing these filings may be unfair. Still, even leaving out the money he lent himself, Whitfield brought in more from individuals than Harlan did.",
             "Tom Harlan, Republican incumbent",
             "Receipts (excluding loans)",
             "Itemized 84,210.00",
             "Unitemized 12,733.41",
             "Individual Receipts Total 96,943.41 / 158,402.41",
             "Party Committee Receipts 250.00 250.00",
             "Non-party Committees (e.g. PACs) 71, 500.00 / 139,250.00",
             "All Receipts 168,693.41 / 297,902.41",
             "Transfers From Affiliated Committees 0.00 / 412.67",
         ]),
    _neg("b76-marketswire-localnewsboost-matching-release-neg",
         "Invented; modelled on Business Insider (Markets Insider) (press release on a nationwide matching campaign for nonprofit newsrooms)", "en", [
             "CHICAGO, Oct. 2, 2019 /WireDesk/ -- Over 180 independent nonprofit newsrooms nationwide have signed up for this year's LocalNewsBoost, the biggest community giving effort for nonprofit journalism. The nationwide drive opens on Nov. 4, 2019.",
             "In 2018 LocalNewsBoost brought in over $5.6 million from individual givers and an alliance of private grant makers. This year the count of taking-part newsrooms has grown by almost a third.",
             "\"Newsrooms from coast to coast are genuinely thrilled about LocalNewsBoost 2019,\" said Priya Natarajan, president of the Alliance of Community Newsrooms, one of the campaign's nonprofit partners. \"It's heartening to watch readers rally behind local reporting, because LocalNewsBoost gives them a simple way to discover and back the news sources they rely on.\"",
             "In 2019, over 180 newsrooms can qualify for matching dollars on individual gifts of up to $1,500. Givers may contribute from Nov. 4, 2019, through December 31, 2019, at localnewsboost.example.org, the sole single-stop site for giving to nonprofit journalism. Gifts can also go straight to any newsroom taking part.",
             "LocalNewsBoost's nationwide campaign brings together people who value a free press and helps reporters do their work by telling stories that drive change and keep officials answerable. It is powered by a partnership of the Alliance of Community Newsrooms, the Reader Revenue Lab, the Civic Trust, the Halvorsen Family Foundation and the Eleanor and Marcus Pryce Foundation. The Lakefront Foundation acts as fiscal sponsor. The SocialNet News Initiative also gave $1.5 million to LocalNewsBoost in 2019.",
         ]),
    _neg("b76-bonjourcagnotte-valbourg-incendie-cagnottes-neg",
         "Invented; modelled on Good Morning Crowdfunding (blog on crowdfunding pots for families of disaster victims, bulleted campaign)", "fr", [
             "[ENTRAIDE] Les cagnottes en ligne au secours des familles sinistrées",
             "L'incendie de l'immeuble de la rue des Tanneurs à Valbourg, dans la nuit du 8 mars 2019, a coûté la vie à 11 personnes et laissé des dizaines de blessés et de familles à la rue. Après les veillées, les dons de vêtements et les gerbes déposées devant la façade noircie et sur le parvis de la mairie, plusieurs collectes ont vu le jour au fil des jours pour soutenir les proches des disparus.",
             "Il y a d'abord les collectes lancées par l'entourage des victimes pour régler les obsèques, reloger les survivants, ou soutenir les enfants privés de leurs parents. Quelques-unes passent par EntraideFonds, mais la majorité se trouve sur le site CagnoPartage. Peu après l'ouverture des premières collectes, la plateforme a annoncé dans un message sur son site : « CagnoPartage renonce à toute commission sur les collectes consacrées aux familles sinistrées ». Chaque collecte est en outre contrôlée avec soin pour que personne ne détourne la générosité du public.",
             "Voici plusieurs des collectes que nous avons repérées :",
             "• Pour Inès et Noah : Dans la nuit du 8 mars, Samira et son compagnon Luca ont péri dans l'incendie, au quatrième étage du 14 rue des Tanneurs. Ils élevaient Noah, 2 ans, et Inès, 9 ans, née d'une première union de Samira, dont le papa est mort il y a plusieurs années. Luca l'aimait comme sa propre enfant. Le couple venait du Portugal et habitait Valbourg depuis longtemps, où leur garçon a vu le jour. Les enfants n'ont plus pour seule parente que leur arrière-grand-mère, arrivée auprès d'eux récemment et qui ne perçoit pour l'instant aucun revenu.",
         ]),
    _neg("b76-leriverain-lettre-voixdulittoral-souvenir-neg",
         "Invented; modelled on Acadie Nouvelle (reader's letter recalling a defunct daily and who could afford a subscription, signed with name and town)", "fr", [
             "Si Le Riverain existe aujourd'hui, on le doit en partie à la fermeture d'un autre quotidien, La Voix du Littoral de Port-Sainte-Anne, en 1979. On sait aussi que notre journal francophone d'aujourd'hui a vu le jour à Belle-Rive, en 1981, au terme de longs efforts d'une poignée de gens convaincus et obstinés.",
             "Grâce au travail acharné, notamment de Gisèle Thériault et d'Armand Cormier de la région de la Baie, La Voix du Littoral a désormais sa place au Club de presse de Port-Sainte-Anne, rue du Quai.",
             "Sans l'énergie et la ténacité de ces deux bénévoles et de leurs complices, La Voix du Littoral aurait sombré dans l'oubli collectif, surtout aux yeux des visiteurs de ce lieu à Port-Sainte-Anne.",
             "Il convient de rappeler que ces deux anciens artisans de La Voix du Littoral sont à l'origine de ce projet, qui consistait à faire imprimer deux pages commémoratives.",
             "La Voix du Littoral, qui faisait la fierté de notre communauté, a tenu le haut du pavé et renseigné les gens pendant près d'un siècle. Son premier numéro a paru en mars 1887, à Pointe-aux-Loups, et Hippolyte Gallant l'a fondé. Après des années de vaches maigres, le journal s'est installé pour de bon à Port-Sainte-Anne en 1902.",
             "Je revois encore La Voix du Littoral paraître tous les matins, et il fallait des gens bien ingénieux dans l'équipe pour que les exemplaires arrivent jusque dans les villages les plus éloignés de la côte. Bien des foyers n'avaient pas les moyens de s'abonner. Je me rappelle que plusieurs lecteurs, généreux de nature, passaient leur exemplaire au voisin d'à côté ou à un parent une fois leur lecture terminée.",
             "Souhaitons que Le Riverain ait une vie aussi longue que son aîné.",
             "C'est mon vœu le plus cher.",
             "Rosaire Doucet",
             "Belle-Rive",
         ]),
    _neg("b76-villagesenligne-gazetteduval-prix-neg",
         "Invented; modelled on E-commune passion (short item on a daily's cover-price rise)", "fr", [
             "La Gazette du Val grimpe à 1,10 € (sauf exceptions)",
             "Gazette",
             "Comme chaque année, le début du mois d'avril apporte son lot de hausses de prix. Celle de la Gazette du Val n'était pas vraiment attendue. Le quotidien passe à 1,10 € l'exemplaire et dépasse une barre symbolique. Sauf dans la Vallée-Haute, où face au concurrent L'Écho des Monts, le titre reste vendu à 90 centimes",
         ]),
    _neg("b76-wirtschaftsblatt-zeitungspreise-abo-neg",
         "Invented; modelled on Handelszeitung (round-up of newspaper single-copy and subscription price rises, agency tag)", "de", [
             "Unter den grossen Deutschschweizer Blättern hebt der «Limmat-Kurier» seinen Preis mit knapp 8 Prozent am stärksten an: Er kostet jetzt 3.80 Franken - 30 Rappen mehr als bisher.",
             "Auch das Jahresabonnement des «Limmat-Kuriers» steigt um 4 Prozent auf neu 468 Franken, wie der Leserservice des Verlags Seefeld Medien bestätigte. Beim «Bundesplatz-Anzeiger» macht die Erhöhung 6 Prozent aus. Das Abo kostet jetzt 594 Franken. Am Kiosk bleibt der «Bundesplatz-Anzeiger» bei 4.50 Franken.",
             "Die Abo-Erhöhung beim «Abendblitz» fällt mit etwa 3 Prozent eher moderat aus. Leserinnen und Leser der Boulevardzeitung zahlen jetzt 352 Franken. Am Kiosk kostet der «Abendblitz» weiterhin 2.20 Franken.",
             "Auch mehrere Regionalzeitungen haben ihre Preise auf Februar erhöht. Am Kiosk kosten zum Beispiel die «Thurgauer Nachrichten», die «Emmentaler Post» oder das «Rheintaler Tagblatt» je 30 Rappen mehr. Die Abonnemente wurden etwas teurer oder blieben gleich.",
             "Weniger Inserate",
             "In der Romandie verteuerten sich die Abos von «Le Courrier du Lac», «La Voix du Jura» und «Léman Matin» im Schnitt um etwa 4 Prozent. Die drei Titel aus dem Haus Seefeld Medien kosten am Kiosk nun je 30 Rappen mehr.",
             "Als Ursache für die Erhöhung verwiesen die Leserservices grösstenteils auf rückläufige Inserateerlöse. Andere führten eine Angleichung der Tarife innerhalb eines Verlags oder neue Leistungen wie die digitale Ausgabe für Smartphones und Laptops ins Feld.",
             "(mrk/ats)",
         ]),
    _neg("b76-rheinecho-wochenpost-druck-abopreise-neg",
         "Invented; modelled on bz Basel (brief on a weekly cutting print frequency and lowering subscription tiers)", "de", [
             "Die «Wochenpost Rheinfelden» erscheint ab sofort nur noch einmal im Monat auf Papier. Zu diesem Schritt habe sich die Verlagsleitung «nach langem Ringen» entschlossen, steht in einem Schreiben an die Leserschaft. Hintergrund ist das geschrumpfte Team, das es nicht mehr schaffe, gleichzeitig die Printausgabe und täglich die Website mit genügend Stoff zu füllen, «der die Lektüre wert ist».",
             "Reduziert werden die Abopreise, auch wenn die Website noch die alten Beträge zeigt. Für «Gönner» sinkt er von 240 auf 195 Franken, für «Mitlesende» von 150 auf 125 Franken. Als Wiedergutmachung lädt die Wochenpost ein, einen Vormittag in der Redaktion zu verbringen: «Schauen Sie zu, wie eine ‹Wochenpost› gemacht wird.»",
         ]),
]


BATCH76_DOCUMENTS = PROBE56_APPEALS + PROBE56_NEGATIVES
