"""Batch 88: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

24 documents (13 appeal, 11 negative; all EN): our own paraphrases of every document of the
local-only real probe 68 (24 documents). Each keeps the real page's structure (a bylined council
agenda with section-heading lines and a short item list, a "Watch |" video headline, a "KL Report"
style credit line, a bullet-list article, a media column's headline rail with an "Updated" line and a
glued "groupName reported" join, a photo credit with a handle, newsletter briefings with "Top line" /
"Background" labels, a year-end numbered top-ten list, bullet headline rails, a repeated author-name
line, a related-article teaser inside a trade report, "*" survey bullets, and the cut-off endings,
some mid-word) and exactly what the real gold marks: a three-line "more than you think / half price /
subscribe" box in the middle of an anniversary editorial; a lone "Support <column>" line under a
headline rail; a "×" free-articles-left counter line at the very top; a price-per-month slogan at the
top plus a cut-off "Support ..." line at the end of a council agenda; a three-line subscribers-only
wall with log-in and sign-up lines; a two-line "we need you urgently / help us" plea under a video
headline plus a "choose a plan" line at the end; a glued "Find Us On..." channel-follow line under a
report credit; a two-line newsletter sign-up form (inbox line plus topic-checkbox prompt) under a
letter to the editor; a closing line thanking donors, offering the free daily newsletter and a
"here's how" to give; a three-line member-club plea between a newsletter sign-off and a cut article;
a three-paragraph membership-launch / forward-this-email / join-the-mailing-list block in a weekly
briefing; a "want to contribute, go here" line with its bare URL, and the "join the conversation on
our social accounts" tail of a comments-policy line (its first sentence stays text); a "need to
subscribe? sign up free here" line near the top of a newsletter. Negatives keep what makes the real
ones hard: a TV station's own toy drive reported with goals and totals, a paper's thank-you for a
record toy-drive tally with cash figures, two mayoral campaign-finance reports full of donations, an
essay on a charity day and a reporter accused of soliciting money, a crowdfunding platform's yearly
totals, a trade report on a publisher's donations and premium subscriptions, a flood "how to help /
donate to charities" guide, a relief telethon's totals and thanks, an explainer on streaming
subscription price rises, and a trade article on paywall-pricing myths.

Every sentence, outlet, person, number and URL is ours, and so are the places: the towns, counties,
districts, islands, rivers and streets are invented settings of our own (a likeness to some small real
place's name would be chance) and no real city, region or country is named. No run of more than
five words is copied from the real pages (checked mechanically on lowercased, whitespace-split text).
The modelled real outlet is noted in each outlet field. Like the earlier batches the devset builder
takes each text as it stands, locates every gold appeal substring in it (asserted unique) and writes
the unseen fixture for this batch.
"""


from whole_documents import _doc, _neg


# --- Probe 68: appeal documents -----------------------------------------------------------------

_QUOKKA_BOX = "\n".join([
    "Quokka Daily goes deeper than the headlines.",
    "Unlock it all for half the price.",
    "Start subscribing",
])

_PRESSROW_SUPPORT = "Support Press Row Notes"

_JUSTICEWATCH_COUNTER = "× Just 3 free stories left for you this month. Subscribe now."

_QUARRYTOWN_TOP = "Braver Local Reporting for $6 a Month"

_QUARRYTOWN_END = "Back Fearless, Hometown Repo"

_RIDGELINE_WALL = "\n".join([
    "Only subscribers have access to this page.",
    "Already hold a digital subscription or a Ridgeline Plus membership? Sign in",
    "Don’t have a subscription yet? Subscribe here.",
])

_VALEMONITOR_TOP = "\n".join([
    "The Vale Monitor is counting on you, right now. Nobody else can do this.",
    "The Vale Monitor wants to cover in depth and with honesty — breaking, reporting and explaining — every story that counts for you. Help us do it.",
])

_VALEMONITOR_END = "Pick a plan that fits your region"

_LAKELANDPULSE_FOLLOW = "Find Us OnTelegram | G-News"

_PINEHOLLOW_FORM = "\n".join([
    "Morning headlines and more, delivered to your inbox",
    "Send me (tick every topic that applies)",
])

_KESTREL_END = (
    "Our thanks go to every reader, and above all to the donors who brought The Kestrel to life. To be "
    "sure nothing slips past you in 2023, join our free daily email newsletter. And if you’d like to "
    "help us do even more reporting across the Ridge Counties and the Delta, this is how."
)

_CURRENT_CIRCLE = "\n".join([
    "The Current costs nothing to every reader in Millford, Ashby, and the whole Tri-River area — because we believe an informed public is the foundation of a healthier community, and local news should be open to everybody, not only to those with money to spare.",
    "To keep it that way, we’re inviting you to join our Newsroom Circle and chip in to keep the lights on and the reporters reporting.",
    "Stand with the 1,150+ Tri-River neighbors who want The Current here for another 30 years.",
])

_THORNBURY_BLOCK = "\n".join([
    "Announcement: From next week, our membership programme goes live. We’ll publish more often starting next Tuesday, and a week later a share of our stories will be reserved for members. It is a huge step for such a young publication. We’d love you to think about backing us as we take it.",
    "Lend a hand: If these emails are worth your time, pass this one on to friends so they can subscribe as well. Or hit the share button below to send the briefing by message or post it online. A remarkable 3,650 of you have signed up already.",
    "Got this from a friend? Add yourself to The Post’s mailing list and every story will land in your inbox.",
])

_NINTHBRIDGE_GIVE = "\n".join([
    "If you enjoy our work and would like to chip in, this is the place:",
    "www.example.org/ninthbridge-give",
])

_NINTHBRIDGE_SOCIAL = "Come talk with us, too, on our Facebook, X and Instagram pages"

_TALLY_SUBSCRIBE = "Not on the list yet? Join at no cost here (bellporttally.example.com)."


PROBE68_APPEALS = [
    _doc("b88-quokkadaily-25th-anniversary-middle", "appeal", "middle",
         "Invented; modelled on Crikey (editor's anniversary essay, three-line half-price subscribe box mid-article, cut ending)", "en", [
             "If you happen to be a Quokka Daily subscriber, excuse me for preaching to the converted: independent, locally owned investigative reporting keeps a democracy honest — and, at its best, it ought to make your morning a little brighter too.",
             "(Think of us as the decluttering guru of the news cycle, minus the folded socks.)",
             "Quokka Daily turns 25 today. Not bad at all, considering everything stacked against it — not least the shaky health of the media business.",
             _QUOKKA_BOX,
             "So a big thank-you for subscribing, if you already do.",
             "If you have just dropped in for a taste, welcome aboard. And if you are deciding whether to stay, bear with me for a few more paragraphs.",
             "Back in 1999, when Quokka Daily launched, the big search engine had barely learned to walk, the giant social network was still five years from being dreamed up in a student hall, and the smartphone in your pocket was eight years from the shops. It was another planet.",
             "Online life was still a novelty; a political newsletter that printed what insiders muttered but never said aloud felt like a small revolution. Meanwhile the old mastheads were still raking in healthy profits.",
             "I recall telling workmates at the Port Tallis Examiner something along the lines of: “Cute idea, but it’ll be gone by Christmas”. I was rather full of myself.",
             "You know the rest of the story: the young tech firms grew fat on the advertising money that used to feed newsrooms.",
             "The old publishers could not shrink fast enough — and in the years that followed, thousands of reporters were let go. Fewer people are now paid to keep an eye on those in charge.",
             "Still, this is no funeral. Journalism has taken a beating but it has not lost its punch. Quite the opposite. Even the tech giants now concede that they — or at least a big slice of their users — depend on trustworthy reporting.",
             "Yet nobody is squeezing the toothpaste back into the tube. The way news pays its bills has shifted for good. But,",
         ], appeals=[_QUOKKA_BOX]),
    _doc("b88-pressrownotes-meridian-buyout-top", "appeal", "top",
         "Invented; modelled on Journal-isms (media column page, headline rail and update line, lone support line above the stories)", "en", [
             "Faculty Rallies Behind Okonkwo-Reyes",
             "Thursday Update: Buyout of Meridian Newspapers Gets Green Light",
             "Harlan Trust Calls Itself a ‘Proud Backer’",
             "Revisiting Events ‘Left Out of the Textbooks’",
             ". . . Channel 9 Network to Spotlight 1919 Dock Strike",
             "Wire Service Dismisses Columnist Over Social Posts",
             "Cable Host Links Campus Protests to Foreign Money",
             "At Home and Abroad, an Editor Leaves a Legacy",
             "Updated June 3",
             _PRESSROW_SUPPORT,
             "Thursday Update: Buyout of Meridian Newspapers Gets Green Light",
             "Meridian Newspapers stockholders voted Thursday to accept private equity firm Harrow Capital’s $512 million bid for the Lakemere-based newspaper groupTessa Marlowe reported for the Lakemere Herald.",
             "“The transaction, slated to be completed by July 15, will take Meridian off the stock market and fold the Lakemere Herald and several other large dailies into Harrow’s holdings, making the Eastbrook-based firm the nation’s third-biggest newspaper owner. . . .",
             "“Besides the Lakemere Herald, Meridian owns the Carver City Ledger; the Corliss (Marren County) Sentinel; the Brackenmoor Evening Post; the Bellreach Tribune; the Port Alder Daily; the Harbor Gazette in Kestrelmouth; The Morning Star in Tollbridge; the Valley Record in Ashcombe; and The Coast Courier in Gannet Point. . . .”",
             "The Brackenmoor Evening Post argued in an editorial last month, “Harrow’s record as a newspaper owner reads like a swarm of termites — it hollows out newsrooms to squeeze out margins and leaves empty shells behind.",
             "Members of the Westbrook State University board convened at 10 a.m. Wednesday.(Credit: @JLindqvistNews, Twitter)",
             "Harlan Trust Calls Itself a ‘Proud Backer’",
             "The Harlan Family Trust, which endows the Harlan Professorship in Civic and Data Journalism at Westbrook State University that Amara Okonkwo-Reyes was hired to hold, is pressing the university’s board to rethi",
         ], appeals=[_PRESSROW_SUPPORT]),
    _doc("b88-justicewatch-sheriffs-exits-top", "appeal", "top",
         "Invented; modelled on Criminal Legal News (free-articles-left counter line at the top of a bylined bullet-list article)", "en", [
             _JUSTICEWATCH_COUNTER,
             "A Rush for the Exits",
             "by Corwin Hale",
             "Since Marcus Bellweather died in a county lockup last spring, demonstrations over jail conditions and rough policing have spread. And as one scandal after another lands on the front page, sheriffs and police chiefs are quietly clearing out their desks.",
             "• In Ardenne County, jail commander Lisa Farrow stepped down after a 28 percent budget cut left 35 guard posts empty and forced the closure of two housing wings.",
             "• In the city of Marrowgate, Police Chief Dennis Achterberg quit after officer Brent Sayles, since dismissed, shot unarmed teenager Jalen Price. Mayor Rosa Kimball accepted the resignation but said Achterberg would stay on in a role “still to be worked out,” which amounted to a quiet demotion.",
             "• In Halvern, Mayor Peter Quist removed Chief Alan Booker after deputies and state troopers killed food-truck owner Samuel Otieno. Booker lost his job because the officers had switched off their body cameras, not because Otieno was dead.",
             "• Greyford County Sheriff Ron Maddox resigned after a civil rights group made public the complaints of 11 Black and Latino deputies, who said they had been passed over and insulted by white colleagues.",
             "• Tollin Heights Chief Frank Delano retired once audio of him mocking a former county judge, Mei Lin Cho, and the state’s first Muslim solicitor general, Tariq Hassan, turned up online.",
             "• Ravensholt Chief Howard Pike took an early pension after seven deadly encounters on his watch. The latest two involved a neck-restraint death and 41 beanbag rounds fired at a single man.",
         ], appeals=[_JUSTICEWATCH_COUNTER]),
    _doc("b88-quarrytowndispatch-council-agenda-top-end", "appeal", "top+end",
         "Invented; modelled on FXBG Advance (council agenda preview with heading lines, price slogan on top and a cut-off support line at the end)", "en", [
             _QUARRYTOWN_TOP,
             "By Lena Whitcombe",
             "SENIOR WRITER AND CITY HALL REPORTER",
             "Email Lena",
             "Weather permitting, the Harlow Bend Town Council will hold a work session at 4:30 p.m. Monday in the second-floor meeting room of the Municipal Building, followed by its regular meeting at 7 p.m. in the council chamber.",
             "Before that, members will meet at 3:30 p.m. at the Millrace Land Trust office (118 Ferry Lane) to accept a conservation easement.",
             "Work Session",
             "Four topics are listed for the work session:",
             "Talks on a possible wind turbine lease at Heron Point Park",
             "Report from the Bicentennial Planning Committee",
             "Yearly briefing from the Downtown Development Board",
             "Regular Session",
             "Presentation",
             "Dana Prewitt, director of the Tri-County Planning District, will walk the council through a regional jobs and growth strategy.",
             "Consent Agenda",
             "The consent agenda includes ratifying a local emergency declaration tied to last week’s ice storm; a revised contract with the Harlow Bend Regional Airfield Board; and acceptance of minutes from the Bicentennial Planning Committee, the Zoning Board, and the Downtown Development Board.",
             "Board and Commission Appointments",
             "The council will fill seats on the Trails and Greenways Committee; the Public Art Panel (three applicants for one seat); the Zoning Board (five applicants, among them incumbent Gordon Fairley, for one seat); the Parks Board; and the Towing Standards Board.",
             "Meeting Details",
             _QUARRYTOWN_END,
         ], appeals=[_QUARRYTOWN_TOP, _QUARRYTOWN_END]),
    _doc("b88-ridgelineweekly-superintendents-paywall-end", "appeal", "end",
         "Invented; modelled on Hudson Valley One (teaser paragraph, three-line subscribers-only wall with log-in and sign-up lines)", "en", [
             "This past year tested local schools and the towns around them, as the virus upended nearly everything about how children learn. Though the school year has not reached its midpoint, we asked area school chiefs to look into the months ahead as the calendar flips to a new year. We spoke with three superintendents . . .",
             _RIDGELINE_WALL,
         ], appeals=[_RIDGELINE_WALL]),
    _doc("b88-valemonitor-oldquarter-gridlock-top-end", "appeal", "top+end",
         "Invented; modelled on The Kashmir Walla (video item, urgent two-line plea under the headline and a choose-a-plan line at the end)", "en", [
             "Watch | Non-compliace of one-way rule chokes roads in old quarter",
             _VALEMONITOR_TOP,
             "As vehicle numbers climb, gridlock has become routine in Sarvanagar’s old quarter. Residents say the new signal lights have done little, and the narrow lanes stay clogged because no traffic officers are posted there.",
             "Speaking to The Vale Monitor, traffic superintendent Imtiaz Bhat said residents themselves must respect the rules. “Police cannot stand at every corner .I urge people to obey the signals so jams and crashes can be avoided. Even so, we will examine the problem over the next few days,” Bhat said.",
             _VALEMONITOR_END,
         ], appeals=[_VALEMONITOR_TOP, _VALEMONITOR_END]),
    _doc("b88-lakelandpulse-traffic-notice-follow-top", "appeal", "top",
         "Invented; modelled on Kashmir Life (report credit line, glued follow-our-channels line, traffic notice)", "en", [
             "LP Report",
             _LAKELANDPULSE_FOLLOW,
             "Traffic officials in Dalgarh say firm action will be taken against anyone breaking road rules from May 5, according to a notice issued to the public and to transport operators.",
             "All drivers of passenger vehicles operating within Dalgarh have been asked to wear grey shirts and trousers with a clear name badge starting May 5.",
             "Drivers of light motor vehicles in the city have been urged to make fastening their seat belts a habit.",
             "“Several drivers have been caught running red lights, putting pedestrians and oncoming traffic at risk. Offenders are warned to take care from now on because the traffic department will deal with them firmly, the notice said.",
             "“Men riding in passenger vehicles are asked not to occupy the seats set aside for women, as it has already been announced that the 06 seats right behind the driver are kept for women,” it added.",
         ], appeals=[_LAKELANDPULSE_FOLLOW]),
    _doc("b88-pinehollowcourier-letter-townhall-newsletter-end", "appeal", "end",
         "Invented; modelled on Williamsport Sun-Gazette (letter to the editor, two-line newsletter sign-up form at the end)", "en", [
             "Well …",
             "Well, can anyone tell me what is going on with Town Hall? Somebody told me the council may start meeting at the bus depot. Is that right? Has the new ramp been shelved? Or scrapped altogether? What’s the plan? Is the new mayor still set on moving Town Hall somewhere else? Why? (In my view we ought to hang on to the historic buildings we still have.) Folks deserve an answer. Once the weather turns I’d like to attend a meeting, but at which building?",
             "Sent by email",
             _PINEHOLLOW_FORM,
         ], appeals=[_PINEHOLLOW_FORM]),
    _doc("b88-kestrel-top-ten-2022-donors-end", "appeal", "end",
         "Invented; modelled on Cardinal News (year-end numbered top-ten list, closing thanks-donors / newsletter / how-to-give line)", "en", [
             "Photo by Warren Pell",
             "We haven’t even reached our first birthday — we went live on October 4 — so this is really a list of our most-read stories from the final three months of 2022. Still, it’s the list we’ve got, so if you’re interested, here goes:",
             "1. The population figures everyone should be watching (how the rural Ridge Counties are changing). This piece spread so fast on social media that one platform briefly froze our account as suspected spam.",
             "2. Wild boar sighted near Millhaze (the second, and most-read, of our wild boar stories).",
             "3. Should a tech tycoon carve a brand-new town out of the Ridge Counties? (Investor Dalton Reese wants to build a city he calls Meridia, and our region is on his shortlist).",
             "4. Wild boar are spreading across the Ridge Counties.",
             "5. Seven reasons the challengers took every statewide seat (no, wild boar did not make the list.)",
             "6. Old quarry wall endangers house in Birch County (happily, the family is safe now).",
             "7. Yet another wild boar turns up in the Ridge Counties (should we rename ourselves Boar News?)",
             "8. A ‘leap of hope’ rises in the hollows (a huge trout hatchery being built).",
             "9. Resettled families at Camp Haldane split Orrstead",
             "10. Just how large will Tanbridge’s racetrack be? This large.",
             _KESTREL_END,
         ], appeals=[_KESTREL_END]),
    _doc("b88-riverbendcurrent-townhall-ban-circle-middle", "appeal", "middle",
         "Invented; modelled on INDY Week (morning newsletter with bullet headlines and sign-off, three-line member-club plea, cut article start)", "en", [
             "• Protester Barred From Millford Town Hall",
             "• Millford Adds Beds at Cold-Weather Shelter",
             "• Ashby Pride Center Moves Into New Space",
             "• ICYMI: Greenvale Town Administrator Steps Down",
             "• Will Ashby Get Snow for the Holidays?",
             "Credit: Illustration by Tomas Ferreira using a photo by Keisha Lund for The Campus Crier",
             "Morning, readers.",
             "A Millford resident has been barred from town hall for two years after interrupting a council member’s swearing-in earlier this month.",
             "Dolores Pike, an advocate who campaigns for changes to foster-care rules, broke into council member Evan Hartley’s oath to loudly criticize how much money Hartley had raised and spent on his race, along with several other complaints.",
             "Four days later, Town Administrator Greg Sandoval handed Pike a no-trespass order barring her from the building for two years—possibly the first such ban ever issued in Millford.",
             "The council is split on whether it was justified. Mayor Priya Chandran, who likened Pike’s outburst to a riot, backed the administrator. Council member Louis Fenwick said she disliked both the order and the ordinance behind it: “If we want to stand up to strongmen nationally, we can’t be quietly muzzling people here at home.”",
             "The whole story is below. Enjoy your Thursday.",
             "—Nadia",
             _CURRENT_CIRCLE,
             "The longtime",
         ], appeals=[_CURRENT_CIRCLE]),
    _doc("b88-thornburypost-political-shakeup-membership-middle", "appeal", "middle",
         "Invented; modelled on The Sheffield Tribune (weekly email briefing, membership-launch / forward-this / join-the-list block, labelled lead story cut mid-word)", "en", [
             "Has Thornbury’s political shake-up actually changed anything?",
             "And, the rest of this week’s roundup",
             "Good evening, everyone — and welcome to the weekly Post briefing.",
             "In this edition we examine how Thornbury Borough Council is functioning nearly two months on from June’s dramatic election and ballot-question result. We also revisit a much-loved Thornbury children’s novel, plus all our regular news and tips.",
             _THORNBURY_BLOCK,
             "Lots of you wrote in about our weekend feature on Agnes Whitlow. The essay — by our trainee reporter Callum Reid — is still available here.",
             "The week’s forecast",
             "Lead story: Has Thornbury’s political shake-up actually changed anything?",
             "Summary: In June, Thornbury voters chose to overhaul how the borough is governed. By ousting the long-ruling Progress Party and backing a new structure in a ballot question, they clearly asked for a different way of doing politics. Nearly two months later, what is actually different?",
             "Context: The Progress Party lost its majority on Thornbury Borough Council in June for the first time in twelve years. A power-sharing ‘joint cabinet’ with the Green Alliance was announced a fortnight afterwards.",
             "Meanwhile, the ballot question approved in June will reshape how Thornbury makes decisions for at least the coming 8 y",
         ], appeals=[_THORNBURY_BLOCK]),
    _doc("b88-ninthbridge-welcome-launch-give-end", "appeal", "end",
         "Invented; modelled on 48 Hills (launch welcome post, contribute line with bare URL, repeated author line and bio, social-follow tail of the comments line)", "en", [
             "Welcome to ninthbridge.example.org!",
             "Eastgate. Salt Quay. Foundry. Old Mill. Eight bridges span the river in Calderport – and as anyone who has spent years battling for fair housing and fair wages can tell you, there’s always another bridge to build.",
             "That’s where Ninth Bridge comes from: a new online outlet that will dig into, reveal and celebrate the ebb and flow of a remarkable city – the stories the big outlets skip, the adventures nobody told you about, the secrets of making a life here.",
             "Ninth Bridge aims to be a different sort of paper – the progressive daily Calderport has long been missing. Not a blog and not a link farm, but a home for original journalism by reporters and critics who really know the place. Scoops, analysis, investigations, bold arts coverage … that’s Ninth Bridge.",
             "We are a nonprofit, sponsored by the Calderport Independent Press Fund, with a neighborhood-based board and a duty to a city worn down by evictions, rising rents and a widening wealth gap. We don’t shy away from a fight, we wear our politics openly, no investor owns us, and what drives us is a love of journalism that counts, not profit.",
             _NINTHBRIDGE_GIVE,
             "Rosa T.",
             "Rosa T.",
             "Rosa Tamberlane is the publisher and culture editor of Ninth Bridge. She co-runs the Lantern Room music venue on Foundry Street. Write to her at rosa (at) ninthbridge.example.org, or follow @rosatam on X.",
             "Ninth Bridge takes reader comments in the form of letters, and you can send yours in here. " + _NINTHBRIDGE_SOCIAL,
         ], appeals=[_NINTHBRIDGE_GIVE, _NINTHBRIDGE_SOCIAL]),
    _doc("b88-bellporttally-status-update-subscribe-top", "appeal", "top",
         "Invented; modelled on The Charlotte Ledger (newsletter publisher's update, free sign-up line under the date, cut mid-word)", "en", [
             "A Tally progress report — plus our favorite stories so far",
             "The newsletter keeps growing because of you. Keep the tips and comments coming, and tell your friends.",
             "Good morning! It’s Tuesday, September 1, 2020.",
             _TALLY_SUBSCRIBE,
             "A note from the publisher",
             "Hi there, Tally readers. It’s Marcus.",
             "With the Labor Day weekend around the corner, we’re setting aside the regular format today to give you a quick report on how the Tally is doing — and to point you to some of our strongest stories of the past four months.",
             "Put simply, things are going well. Since the Tally launched in May, readers have embraced the idea that Bellport deserves a digital outlet dedicated to serious, useful and lively local business reporting and analysis. Bellport is a large, fast-moving city. It keeps growing and reinventing itself. It should get more dependable local coverage, not less.",
             "Our goal is a blend of fresh reporting, commentary and a digest of the day’s top local stories, delivered in a way that is fun to read and respects both your time and your smarts.",
             "Scoops, trends, watchdog work: Over the past four months, the Tally has broken stories (we were first to report, for example, the purchase of Orchard Hill Dairy by Crestline Health, a large logistics firm shifting its headquarters to Bellport, and Petit Four bakery’s possible move out of its first Mill District storefront, among other scoops). We’ve gotten out in front of trends such as the boom in warehouse space and the rise in local software jobs. We’ve requested and published public records showing, for instance, that Bellport State University leaders were blindsided by news of the Harborview-Lakeside nursing school deal. And we’ve pushed back on companies and officials when they got it wrong, from exaggerated claims in Brackett Heating radio spots to county staff insisting, wrongly, that no local lenders offer small-business loans below $40,000 as a reason for a new county program.",
             "Many thanks, ev",
         ], appeals=[_TALLY_SUBSCRIBE]),
]


# --- Probe 68: negatives ------------------------------------------------------------------------

PROBE68_NEGATIVES = [
    _neg("b88-channel8elmhaven-warmhands-toydrive-neg",
         "Invented; modelled on WHEC News10NBC (TV station item on its own holiday toy drive, goals, totals and drop-off bins)", "en", [
             "ELMHAVEN — There is not much time left to give to the Channel 8 Warm Hands Toy Drive. Collection ends Saturday, Dec. 14, and organizers hope to set another record.",
             "By Thursday afternoon, the eighth yearly drive had gathered close to 62,000 toys for kids who need them. The target is 75,000, which would top last year’s mark of just over 70,000. Over the weekend, volunteers packed a moving truck in Greywater with several hundred gifts so that no child goes without something to unwrap.",
             "Organizers want new toys still in their packaging for kids of every age, from babies to 15-year-olds. There are 540 collection bins around the Lakeshore region. A list of bin locations and more details are available here.",
             "The Warm Hands program started in 1962. The Elmhaven Lantern Club collects the gifts and hands them out to families. Over 31,000 children around Elmhaven got toys last year thanks to the drive.",
         ]),
    _neg("b88-seagroveislanddaily-toydrive-record-thanks-neg",
         "Invented; modelled on Palm Beach Daily News (paper's thank-you for a record holiday toy-drive tally with cash figures, cut mid-word)", "en", [
             "It has been a year nobody will forget.",
             "And during a year dominated by the pandemic, the headlines were mostly grim. Yet even now, generosity broke through in the remarkable haul collected by the 19th yearly holiday toy drive.",
             "The record drive, run by the Seagrove Community Chest together with the Seagrove Island Daily, the island’s Police Benevolent Association and the Harbor Row Merchants Guild, raised $27,410 in cash on top of roughly 1,350 toys that were dropped off.",
             "Last year, by comparison, brought in about $6,900 in cash and a little over 700 toys, which makes this year’s total all the more remarkable.",
             "The toys went to two grateful charities: Brightpath Family Services, which helps about 1,900 children and adults a year with parenting and household-stability programs; and the Coral County Reading Alliance, which runs reading classes, tutoring and guides for kids, grown-ups and whole families.",
             "Each charity also got a $3,500 check to buy more toys and gift cards for the families it serves. The rest of the money — $20,410 — was split among 12 partner nonprofits.",
             "Brightpath director Monica Ellery and Reading Alliance head Graham Tuttle both thanked the donors.",
             "\"You have given so many children a brighter holiday, especially families that have faced so much this year,” Ellery said.",
             "\"This generosity will make the season joyful for a great many families who are struggling,” Tuttle said.",
             "Our thanks to the Community Chest, the Police Benevolent Association and the Merchants Guild for running such a successful drive, and to the many shops and offices across the island and the county that hosted collection boxes.",
             "Above all, though, we thank every donor who ga",
         ]),
    _neg("b88-porthallamdispatch-mayoral-fundraising-neg",
         "Invented; modelled on DCist (city blog on mayoral candidates' first fundraising reports, repeated photo-credit line)", "en", [
             "Via Stockpix",
             "Via Stockpix",
             "The people running to become Port Hallam’s next mayor turned in their first big fundraising reports Tuesday, and Councilmember Denise Marchetti (D-Ward 3) has jumped out to an early lead. Marchetti, who entered the race Feb. 12, reported raising $412,860 through the filing deadline, according to records submitted to the city Office of Campaign Finance.",
             "Trailing Marchetti were fellow council members Howard Lin (D-Ward 5), who reported collecting $338,150, and Grace Abernathy (D-Ward 1), who brought in $251,700. Lin joined the race on May 2, while Abernathy declared on April 9. Abernathy’s report, though, also counts money she raised during an exploratory phase that started in January.",
             "Marchetti reported spending $38,940 on staff, materials and event food, among other things, during the period that ended Monday, leaving her with $373,920 in the bank. Lin spent $61,200, leaving him a $276,950 war chest. Abernathy paid out $69,480, leaving her with $182,220 on hand.",
             "The July report is a key measure of whether a campaign is for real, particularly in what could become one of the closest races the city has seen in years. The Democratic primary, which in Port Hallam all but decides the general election, is set for March 18. With seven months left, this week’s filings hint at how each candidate plans to run.",
             "Marchetti and Lin are taking money from individuals and businesses. Abernathy, by contrast, is accepting only personal donations. Ahead of launching her bid, she warned that the choice could leave her behind financially. But in a statement Tuesday, her campaign said the total came from 946 individual donors, an average gift of $266.07. City rules limit individual donations to mayoral campaigns to $1,500.",
             "Both Marchetti and Lin listed donations from a number of large",
         ]),
    _neg("b88-wkrlpublicradio-mayor-finance-reports-neg",
         "Invented; modelled on WFAE (public radio report on mayoral campaign finance filings, PAC donations and cash on hand)", "en", [
             "Mayor Theresa Grant is out-raising both her Democratic and Republican opponents and outspending them too. Finance reports filed Thursday show Grant’s campaign has collected about $342,000 for the coming election, comfortably ahead of fellow Democrats Owen Pruitt ($198,000) and Celia Ruiz ($187,000), and Republican challenger Dale Whitford ($241,000).",
             "The reports cover only money received through June 30, and the Grant campaign says it has topped $375,000 since then, as of mid-July.",
             "Most of Grant’s money comes from individual donors, though $9,800 came from political action committees, including $4,000 from the Teachers Forward PAC. State Rep. Ruiz, for her part, has taken in $12,400 from political committees, while Pruitt, the mayor pro tem, got only $2,100. Political committees have given $7,500 to Council Member Whitford.",
             "The reports also show Grant spending faster than her rivals. Through June 30, Grant had spent about $141,000, against $104,000 for Pruitt, $98,000 for Ruiz and $27,000 for Whitford.",
             "Whitford has spent the least but banked the most. The council member is sitting on about $286,000, including $59,000 carried over from earlier races.",
             "The filings suggest this year’s race for mayor will outpace the previous one in money raised. At the same point in the 2019 race - Grant’s first run for the office - she led the field with $281,000 raised.",
             "Reports from four more mayoral hopefuls had not been released as of Friday. They include Democrats Harriet Boone and Marcus Ellington, and Republicans Vera Lund and Tom Reddick.",
         ]),
    _neg("b88-centreforopenreporting-charityday-reporters-risk-neg",
         "Invented; modelled on The ICIR (charity-day essay on reporters' risks, a reporter accused of soliciting money, cut mid-word)", "en", [
             "ON every International Day of Charity, the spotlight usually falls on the people and groups who give money or relief to fight poverty.",
             "For publishers and reporters, especially freelancers and those at independent outlets, the job plays a huge part in shielding communities from deprivation, abandonment and graft.",
             "Such reporters take on corruption, uncover abuses and speak up for people nobody listens to. But the work carries huge risks and a heavy personal price.",
             "In March 2023, officers of the Federal Police Cyber Unit held Tunde Okoro, managing director of the Centre for Open Reporting (COR), and his correspondent, Ifeoma Nwosu, for eleven hours.",
             "Their supposed crime was a detailed report on questionable plot allocations said to be tied to two former police chiefs. The COR story alleged that some officers helped a builder and chief executive of Benlow Estates Limited, Victor Ekpe, fake the signature of a late Assistant Commissioner, Musa Danjuma, to win a deal.",
             "Ekpe used the papers to secure a N412 million loan from the Police Housing Savings Bank and also pledged the homes built on the plots as security without authority, cheating the force.",
             "Although the story rested on court filings and testimony that could be checked, the COR correspondent and publisher were charged with “online harassment and libel”.",
             "The complainants also claimed Nwosu had asked for money, which she called baseless and a tactic to make the case look more serious.",
             "Yet intimidation is just one part of the battle. Money trouble is another.",
             "The COR said that after its reporters were intimidated, Ekpe also sued them, asking the court to order the story removed and demanding damages running into billions.",
             "Some reporters face dangers as great as those of aid workers, or worse. T",
         ]),
    _neg("b88-easternherald-givecircle-crowdfunding-totals-neg",
         "Invented; modelled on Daily Dispatch (report on a crowdfunding platform's yearly totals and top medical campaigns, cut mid-word)", "en", [
             "Online donors raise R41m for the sick",
             "- THANDI MOKOENA",
             "A four-year-old from Umvelo Bay who goes into shock when she eats, a surgeon from Amberkloof who fought leukaemia and a trust that helps young accident survivors captured donors’ hearts on the country’s largest crowdfunding site last year.",
             "Figures released by GiveCircle show the platform raised R41m in 2019.",
             "The “Help Hope” drive brought in the most, R1.8m, for Hope Dlamini, who has never eaten a meal at the table with her family, tasted her own birthday cake or enjoyed a sweet.",
             "Hope cannot eat without falling dangerously ill and every night at 8pm she is connected through a line in her chest to a 10-hour drip feed. She is the first child in the country diagnosed with a rare, incurable immune disorder that affects how her body handles food.",
             "Her family needs the money for a stem cell transplant.",
             "The Sizani Trust raised more than R1.2m to pay for medical care and counselling for children hurt in road accidents.",
             "“Many of these children carry lasting scars, and we know that with proper support they can achieve great things and go on to guide other survivors,” the trust said on its fundraising page.",
             "Amberkloof surgeon and mother of three Anika Venter raised nearly R1m towards an experimental leukaemia treatment before she died in April.",
             "She managed only one dose of the treatment before she caught an infection.",
             "The number of campaigns listed on the site grew from 940 in 2018 to 2,105 last year.",
             "“Crowdfunded giving here is roughly where social media stood eight years ago; it is only now entering the mainstream. People in this country are famously generous, and when they are offered an easy way to club together for othe",
         ]),
    _neg("b88-newsroomcraft-clarion-reader-revenue-neg",
         "Invented; modelled on journalism.co.uk (conference report on a publisher's donations and premium subscriptions, related-article teaser inside)", "en", [
             "With the news business entering another round of digital upheaval, three publishers with little in common – The Morning Clarion, Dossier, and Harwick Media – are each redrawing the rules for winning and keeping subscribers.",
             "Speaking at Newsroom Futures, their executives explained how they are reshaping business models, launching new products and cultivating loyalty in a fast-moving market.",
             "The Morning Clarion: From reader donations to a top-tier digital plan",
             "The Morning Clarion, famous for keeping its site free and asking for voluntary contributions, now gets most of its growth from recurring monthly subscriptions:",
             "• Readers now supply 60 per cent of revenue (print and digital combined).",
             "• Over half of digital reader income comes from abroad.",
             "• 85 per cent of new growth comes from digital subscriptions.",
             "In September, the Clarion launched a top-tier plan called Clarion Max at £16 a month. Members get digital magazines, the full archive and an ad-free site.",
             "It sits above the regular digital plan and does two jobs: it offers the most loyal readers extra perks worth paying for, and it nudges casual readers toward the regular plan (the middle choice) instead.",
             "What comes next for reader revenue?",
             "How high can subscriber numbers go, and what should publishers do once growth stalls? Specialists from four news businesses share what they have learned",
             "The Clarion still keeps one-off contributions for readers who only want to give now and then. The point is not only the money - it also yields valuable data.",
             "“We track very closely which stories, campaigns or days produce bursts of sign-ups,\" says head of reader support Priya Castell, adding that the team uses this to see which topics move people to give. That information then feeds into newsletter cam",
         ]),
    _neg("b88-harboursun-portcarrow-floods-howtohelp-neg",
         "Invented; modelled on The Indian Sun (flood report turning into a how-to-help guide with a donate-to-charities heading, cut mid-word)", "en", [
             "As floodwater reaches Port Carrow, here’s how you can lend a hand",
             "By Devika Rao",
             "Thousands of residents remain under evacuation orders across the northern provinces, and many towns are still on high alert. Port Carrow is being lashed by heavy rain, and the disaster in the far north shows no sign of easing, with another death confirmed.",
             "In the north, residents of Tern Island were told to leave just after 1 a.m., with emergency services forecasting 60 centimetres of water and the town centre expected to go under on Thursday, cutting the island off. Flood warnings are in force for several rivers around Port Carrow, including the Alder River at Millreach, the Sorrel River at Eastwade and Hobb’s Crossing, and Winter Creek at Upper Winter, according to the weather bureau.",
             "Further south a major flood warning remains for the Kellan Valley, where the river has beaten the record set six years ago. The floods have sparked widespread sorrow, and many people are eager to pitch in. Port Carrow’s city council is reviving its volunteer clean-up brigade. But with thousands already displaced, more evacuations coming, and crews still searching the wreckage, far more help will be needed in the weeks, months and years to come.",
             "Here are the best ways to support people in the flood zones:",
             "Give to Relief Charities",
             "Cash gifts are the most useful way to deliver fast relief, particularly once the water goes down. Several major groups, including the Civic Relief Society and the Harbour Mission, are collecting donations for immediate relief and humanitarian aid in hard-hit areas. The Civic Relief Society is running a disaster appeal across both provinces. The money will pay for urgent humanitarian work, such as helping volunteers and staff with evacuations, relief centres and outreach servi",
         ]),
    _neg("b88-tablelandscourier-telethon-cash-grants-neg",
         "Invented; modelled on The Northern Rivers Times (report on a relief telethon's totals, cash grants and quoted thanks, cut mid-word)", "en", [
             "Households hit by flooding to receive cash payments",
             "The Civic Relief Society will give $15,000 to the families of people who died in the northern floods and will also hand out $600 cash payments to affected households in flooded towns, after Sunday night’s national telethon.",
             "Over 81,000 people donated $19.4 million during the telethon, which ran for more than five hours at once on four channels – Channels 2, 4, 8 and 11.",
             "Relief Society chief executive Morag Ellison said the public’s generosity had been extraordinary, with people everywhere chipping in for the many thousands of residents affected.",
             "“All of the money raised by the telethon will go out as cash payments,” she said.",
             "“The telethon was a huge success and lets us offer extra help to the people who need it most. On behalf of the Relief Society, thank you to everyone who gave. It shows flood-hit towns just how much you care.",
             "“The Relief Society thanks Channels 2, 4, 8 and 11, which joined forces with 450 volunteers, staff and well-known faces in four provinces to rally the country behind the flooded towns.”",
             "Ms Ellison said the telethon’s impact went far beyond the money.",
             "“This is a nationwide wave of humanitarian support for flooded towns. The size o",
         ]),
    _neg("b88-quickbytenews-streaming-price-hike-neg",
         "Invented; modelled on Look News India (explainer on TV and streaming subscription price rises with subheads, cut mid-sentence)", "en", [
             "Do you binge on TV every day or stream shows on apps? Then this update concerns you. Reports say the price of several streaming services is set to go up, which could hit ordinary households directly. StarWave, Prism18, Zenith Entertainment and Orbit Pictures Networks are reportedly planning to revise their channel packs. That means families may face a fresh price shock once the election results are out.",
             "Streaming plan prices set to rise",
             "These days most viewers prefer streaming films at home to going to the cinema, but a brokerage note says subscription charges on many platforms could climb by 6 to 9 percent. So if you pay Rs 400 a month for TV today, your bill could go up by about Rs 36. And if you pay Rs 900 a month, it could rise by roughly Rs 81.",
             "Prism18 to post the steepest rise, at 22 per cent",
             "According to the Business Ledger, the broadcast regulator has told channels not to cut off distributors that have not signed deals under the new rates until the elections are over. In February, the big broadcasters raised their base rates by about 12 per cent. The report says Prism18 will see the sharpest increase, about 22 per cent. That would push a monthly pack of about Rs 400 up by around Rs 88.",
             "Channels push distributors to raise prices",
             "One report says sports and entertainment channels hold roughly a 30 per cent share of the market, and the new rates were meant to take effect in March. They were delayed because of the polls. After a new government takes office in June, channels are expected to lean on distributors to pass on the increases. SkyLink DTH and",
         ]),
    _neg("b88-printandpixel-paywall-pricing-myths-neg",
         "Invented; modelled on InPublishing (trade article on digital pricing myths, survey bullets with prices, cut mid-sentence)", "en", [
             "Myth and fact in national newspaper paywall pricing",
             "In 2011, the Daily Meridian rattled the trade when it began asking readers to pay for its website. Two years later, rival titles are asking whether paying readers are the answer after all. Clara Voss examines some of the myths around online pricing.",
             "By Clara Voss",
             "Heading into 2014, more and more titles are moving toward asking readers to pay for digital access.",
             "Making money, though, is not simply about getting every reader to pay. It is about capturing subscription revenue from the minority who want everything while avoiding losses from readers dropping print for cheaper digital.",
             "With that in mind, Halden & Roe, a pricing and strategy consultancy, surveyed readers to test which common publishing beliefs about charging online actually hold up.",
             "One central finding was that not charging relevant readers for digital content leaves newspapers with a large missed opportunity. Staying free deepens reliance on shrinking ad income and risks eating into already fragile print sales.",
             "MYTH 1: Readers will not pay for news",
             "The research showed that:",
             "* A large majority (81 percent) of quality-paper readers felt it reasonable to pay “something” for digital access.",
             "* Readers saw £9.00 a month as a ‘standard’ price for a digital subscription.",
             "* Close to two in five (38 percent) quality-paper readers – subscribers and regular shop buyers alike – already spend over £7.50 a month on news.",
             "These results suggest most readers are prepared to pay for content, and already do, despite the wealth of free news online.",
             "MYTH 2: Digital content is worth less to readers than print",
             "Partly true.",
             "While readers put a lower value on digital editions, the",
         ]),
]


BATCH88_DOCUMENTS = [*PROBE68_APPEALS, *PROBE68_NEGATIVES]
