"""Batch 142: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

23 documents (12 appeal, 11 negative; EN): our own paraphrases of every document of the local-only
real probe 122 (23 documents). Each keeps the real page's structure line for line: an antiwar news
front page with a fundraising interruption above a dated headline list (indented sub-headlines,
"  by" opinion lines, a cut-off last headline); a trade daily's one-line newsletter dump with web /
subscribe link chrome and em-dash quote runs cut mid-word; a membership newsletter with "[link
removed]" placeholders and a bulleted premium list cut off; a city blog index of "(image) ... [ more
› ]" items with double blank lines; a public radio station's page with a doubled caption line, a
byline over "/" and a button line; a local site's social-feed how-to with bullets, a mailing-list
form and a run of blank lines before the next story; a short clip item with an emoji opener; a
paper's Giving Tuesday column; a nonprofit site's matching-gift letter with a signature block; a
radio station's newsletter launch story; a group blog's anniversary fundraising post; a scholar's
blog fund drive with a mailing address block.

What the gold marks: the interruption header and the fundraising paragraph (not the dated list); the
"new reader? subscribe" link text inside the first line; the members' reading-list block with its
join line at the top and the premium upgrade block with its bullets at the end; the follow-us /
get-stories-mailed sentences in the middle of a links item (its lead-in and "[ more › ]" stay text);
three "we need your help" sentence tails at the end of three paragraphs; the keep-following how-to
with its bullets, the newsletter sign-up sentence, the mailing-list form title and its required-field
line; the "support our cause" block after a clip; the ask to donate to the paper's reporter-fellow
fund and its tax-deduction line; the whole matching-gift letter below the publisher line; the final
newsletter sign-up sentence; the whole anniversary fundraising post; the fund-drive title and
everything from the first paragraph to the cut end (the byline stays text). Negatives keep what makes
the real ones hard: a hospital toy drive with a payment-app handle, a house fire with a Facebook
collection group and crowdfunding pages, a county meeting ending in a relayed relief link, a
campaign-finance report full of contributions, another station's fundraising campaign reported as
news, a scholarship fund's donation milestone, a bake sale for refugees, an anniversary editor's note
thanking readers for support, a newsroom's anniversary note counting newsletter subscribers and
paying members, a good-news roundup ending in a donation story, a reader's letter about his
subscription price.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches the builder takes each text as
it stands, locates every gold appeal substring in it (asserted unique) and writes the fixture file.
"""


from whole_documents import _doc, _neg


# --- Probe 122: appeal documents ----------------------------------------------------------------

_CEASEFIRE_PITCH = "\n".join([
    "We pause this rush to war to bring you an urgent note from CeasefireDaily.org:",
    "",
    "Word in the capital is that Washington could bomb Karvonia before the weekend, and the airwaves are saturated with war spin. So we've trimmed this fundraising note – to leave room for the coverage that matters. We're working around the clock to take apart the hawks' claims – and they keep on coming – but we cannot keep going without your money. Remember, every gift you make is still being doubled dollar for dollar by our matching donors. Please send your tax-deductible gift now!",
])

_MARQUEE_SUB = "First time reading? Subscribe"

_BALLOTLINE_TOP = "\n".join([
    "Each Sunday, Rhea mails members a curated list of stories and headlines you may have missed. Ballot Line members get this list every week, along with Rhea’s members-only breakdown of the day’s election and civil-rights news, invitations to exclusive live sessions and plenty more.",
    "Join as a member now ([link removed]) [link removed] back Rhea in her fight against the new wave of voter-roll purges.",
])

_BALLOTLINE_PREMIUM = "\n".join([
    "Go premium and get extras, like my Sunday reading list",
    "For $96/year, move up to our premium tier ([link removed]) and help Ballot Line’s 14-person newsroom keep you briefed on every election case working its way through the courts.",
    "Premium membership comes with:",
    "* Members-only letters from me, such as Sunday reading lists, weekly case trackers, previews of upcoming hearings and more",
    "* Access to live member sessions and Q&As with me and invited guest",
])

_CITYSCOPE_FOLLOW = (
    "Be sure to follow Cityscope on Threads, Instagram, TikTok, and Bluesky, and give us a like on "
    "Facebook. You can also have our best stories delivered to your inbox—just sign up."
)

_PVR_HELP_1 = "If PVR is going to make it through, we need you."

_PVR_HELP_2 = "To keep PVR on the air, we are counting on you — today."

_PVR_HELP_3 = (
    "It is not an overstatement to say that the months ahead will decide the fate of PVR and of "
    "public broadcasting itself, and we are asking for your support."
)

_FAIRLAWN_FEED = "\n".join([
    "Don’t want to lose us? Here’s how to keep Fairlawn headlines showing up in your Facebook feed:",
    "",
    "  • Start by opening your settings.",
    "  • Next, tap “Feed Settings.”",
    "  • After that, choose “Favorites.”",
    "  • Last, add or “star” the pages you want at the top of your feed (such as Fairlawn Now) by scrolling through the pages you follow or typing a name into the search box. If “Fairlawn Now” doesn’t show up, tap “sort” and choose to view everything.",
    "",
    "Want extra insurance against missing a story? Get our email newsletter by signing up here or with the form below.",
    "",
    "Join our mailing list",
    "",
    "* marks a required field",
])

_RIDGEHOLLOW_CAUSE = "\n".join([
    "Back Our Mission",
    "We’re grateful you spent a few minutes with our reporting. Before you leave, please think about backing our independent, mission-driven newsroom, which has always worked to show what truly hangs in the balance for Tennesseans and the years ahead.",
    "From the start, the aim at Ridge & Hollow has been to equip people all over the state with accurate news and solid information. We’re convinced that once people understand what their town councils, their legislature and Washington are doing—including who is fighting for them and who keeps standing in the way of policies that would make everyday life better for Tennessee families—they’ll be moved to get involved in civic life.",
])

_WABASH_FUND = "\n".join([
    "So we are asking readers who value the reporting only the Courier offers – round-the-clock coverage of this spring’s floods, reports from city and county meetings, school coverage, profiles of remarkable neighbors and watchdog stories you won’t read anywhere else in the valley – to think about giving to our LBF fund.",
    "Gifts made through LBF via the link below can be deducted from your taxes and go straight toward keeping Whitcomb on the beat here in the Wabash Valley.",
])

_RIVERBEND_MATCH = "\n".join([
    "RiverBend Now LocalGive Match: Every gift from a reader through Dec. 31 counts twice; help us hit our 2021 target",
    "",
    "RiverBend Now has joined the nationwide LocalGive Match campaign to bring in as many new individual donors to our nonprofit newsroom as possible before the calendar turns.",
    "",
    "We are aiming for only $12,000 and have until Dec. 31 to get there. LocalGive Match will double whatever you give.",
    "",
    "Please help us get over the line.",
    "",
    "RiverBend Now is a nonprofit community service that really belongs to the whole Ohio River valley and exists thanks to working reporters who care a great deal about where they live. Its publisher is the Ohio Valley Center for Civic Journalism (OVCCJ).",
    "",
    "To keep this site going, we need support from across the community — and that means you, the person reading this letter. When lots of people give a little, nobody carries too heavy a load — and all of us get a good service back.",
    "",
    "Our reporting costs readers nothing. There is no paywall and there never will be. Giving is optional, and we trust our readers see why it matters. Everybody deserves access to the news. Gathering it is expensive. Stories don’t write themselves, the servers don’t run for free, and nobody volunteers to answer the inbox, pick up the phone or cover the invoices.",
    "",
    "Small as our budget is, the bills are real, every one of them. And we hope to add reporters and editors and bring on more columnists and freelancers who know how to do this work well.",
    "",
    "Our thanks to everyone who has already given — and our thanks ahead of time to everyone else for helping us hit (or even beat) our target.",
    "",
    "Let’s close out 2021 in style.",
    "",
    "Give securely online here",
    "",
    "or send a check payable to OVCCJ to 1187 Larkspur Lane, Riverton, KY 41999.",
    "",
    "With gratitude from all of us at RiverBend Now,",
    "",
    "Marian Stroud",
    "Founder and editor",
])

_KRVL_SIGNUP = (
    "The Ridgeline starts landing in inboxes Monday, August 8th. There’s no charge. For KRVL’s new "
    "morning newsletter, head to krvl.example.org and sign up."
)

_PPP_WHOLE = "\n".join([
    "Twelve Is A Tricky Number: Pens, Pucks & Polemics Hits Its Twelfth Birthday And Would Like A Present",
    "",
    "",
    "Twelve years! Twelve mastheads, one bad logo!! Nobody gets into blogging because passing the hat is fun. There is a reason we don’t call it “fun-draising,” whatever the pun lobby says. Asking for money feels a lot like rooting around in the attic – there is always a chance something with wings comes at your face. Still, PP&P cannot run on sharp legal takes and obscure hockey jokes alone. If only it could.",
    "",
    "As Dolores pointed out in an earlier post, this is an awkward moment to be asking anybody for cash. Plenty of readers are stretched thin after a rough year for jobs and rents, and none of us has forgotten that. Meanwhile there are bigger fights going on in the streets and the courts of this country – overdue fights that may reshape who gets heard and who gets ignored. Pulling even a sliver of attention away from all that feels a little rude. ",
    "",
    "And yet I would argue that the events of this year are exactly what make chipping in matter. Well before the regulars at PP&P let me wander in with my scattered notes on the Hartford Whalers and my record collection and the rest of the junk rattling around my head, this place helped me make sense of a news cycle that was getting louder, faster and harder to read every single week. That is truer now than it has ever been.",
    "",
    "Consider what it has been like to have the PP&P crowd around through everything that has happened since spring. For my part, the sharp, decent, funny and properly furious commentary from this bunch has been close to a lifeline. I have lost track of how many nights I found myself teetering at the edge of total despair after a late-night doom-scroll, only to be hauled back fr",
])

_CROSSCURRENTS_TITLE = "Yearly Crosscurrents Fund Drive: Keep Independent Analysis Alive"

_CROSSCURRENTS_DRIVE = "\n".join([
    "Friends, it is fund-drive season once more. This time anyone who gives $75 or more to Crosscurrents through PayPal will get a signed paperback of my latest book, Rivers of Oil. The good people at Lakeside Books in Madison have offered to ship the copies using the PayPal addresses, so the mailing mix-ups of earlier years should be behind us. My thanks to every one of you for your kindness and for backing an independent voice!",
    "",
    "Listen, gifts of $5 and $15 help too. If something you read here was useful to you, and a monthly $10 is out of reach, a single smaller gift is still welcome (and it matters). Is Crosscurrents not worth a couple of sandwiches a year at the campus deli? The blog gets stronger when every reader pitches in. If all the people who read Crosscurrents gave even a little, we could make it a real force in the media world.",
    "",
    "Here is the giving button",
    "",
    "Tap the image to give through PayPal!",
    "",
    "Checks can be written to Elena Marwick and posted to me at:",
    "",
    "Elena Marwick",
    "P. O. Box 7731",
    "Madison,WI",
    "",
    "Everyone who gives to Crosscurrents, at whatever level, becomes a member and gets a Silver Owl next to their name in the comments to mark their part in keeping the blog running. You will also receive a supporters-only newsletter with extra big-picture, behind-the-scenes notes that appear nowhere else. Don’t forget there are giving buttons at the top right of every single post page.",
    "",
    "2018: A Year of Upheaval",
    "",
    "2018 brought heartbreak and hope in equal measure across the Gulf and the Levant, and Crosscurrents was there with careful analysis that many readers have told me they could not find anywhere else. I post a column every day. Please don’t ask how. Mostly it is because I refuse to le",
])


PROBE122_APPEALS = [
    _doc("b142-ceasefiredaily-karvonia-strike-top", "appeal", "top",
         "Invented; modelled on Antiwar.com (news front page, fundraising interruption above a dated headline list)", "en", [
             _CEASEFIRE_PITCH,
             "",
             "Updated March 14, 2019 - 10:52 PM EST",
             "Karvonia Strike Expected Within Days, Allies Tell Rebel Envoys",
             "  Hale Could Order Karvonia Raids by Friday 'to Draw a Line'",
             "  Bombing of Karvonia Near, White House Won't Ask Congress or Allies",
             "  Hale Settles on Military Action, Will Lawmakers Push Back?",
             "  Tanker Jets Seen Over Malta as Nerves Fray in Tarsk",
             "  Karvonian Insurgents Take Border Crossing, Dozens of Troops Dead",
             "Evidence Thin, Secretary Moreland Calls Karvonia Case 'Airtight'",
             "  UN Rejects Washington Request to Pull Monitors Ahead of Strikes",
             "  Karvonian Minority Leader Says Regime Not Behind Gas Attack",
             "  Beijing Blasts Strike Plans: Show Us the Evidence",
             "Karvonian Insurgents Ask Ankara to Back American Campaign",
             "  Gulf Royal With Deep Washington Links Drives Push for Strikes",
             "  Wire Report: Sino-American Talks on Karvonia Called Off",
             "Declassified Cables: Washington Aided Old Regime During Chemical Raids",
             "  Neighbor State Refuses Overflight for Karvonia Mission",
             "EU Demands Answers Over Embassy Bugging Claims",
             "  Intelligence Agency Faces Watergate Comparisons",
             "  Rights Group Exposes Bureau Spyware Vendors",
             "Peace Talks Suspended After Raid on Border Camp",
             "Inside the Listening Posts Aimed at Brussels  by Hanna Verlaine, Oskar Brandt, & Mira Solberg",
             "Karvonia, Tarsk, and Washington's Selective Outrage  by Dale Brenner",
             "Review Panel Pick Once Urged Paid Online Cheerleaders  by Rosa Tilden",
             "Lawmakers Must Block Hale's Rush to Bomb  by Gordon Fairweather",
             "Marching Toward W",
         ], appeals=[_CEASEFIRE_PITCH]),
    _doc("b142-marqueewire-comedyroundtable-newreader-top", "appeal", "top",
         "Invented; modelled on The Hollywood Reporter (daily newsletter flattened to one line, subscribe link text at the start)", "en", [
             "[View on web]( [" + _MARQUEE_SUB + "]( March 09, 2022 Top of the wire: It's issue day! This week's cover package is our yearly Comedy Actor Roundtable. Also: productions squeezed by rising costs and awards campaigners bet big on rooftop screenings — Priya Lal Comedy Actor Roundtable âº[Inside the issue.]( Leading TV comedy stars Dev Kapoor, Lena Marsh, Omar Quint, Tilly Bascombe, Rafe Okonkwo and June Halvorsen sit down with the Wire's Marcus Bell for an unguarded (remote) talk about taking risks and falling apart. —Lena Marsh: \"Right after we wrapped [the second season of Night Desk], I flew home to my dad in Dublin and I honestly can't explain it, but I just fell to pieces. You know that slow-motion shot of a vase hitting the floor? That was me, for about a month.\" —Omar Quint: \"When the pilot first aired, I didn't look at a single review because I was terrified of what people would say. Nobody had put a family like mine on network television before, and suddenly it was our turn. That's a heavy thing to carry.\" —Tilly Bascombe: \"We were about to shoot another year [of Parish Hall] and the network called with an offer that was, I don't know, a fifth of what my co-lead [Grant Ellery] was getting. That was the day I thought, 'Absolutely not. I'm going to say this out loud [to the press].'\" —Dev Kapoor: \"For years I only chased the part, and it's only lately that I've started chasing filmmakers too, but the question has always been, 'Am I the one who should be telling this? Can I get it right?'\" —June Halvorsen: \"Most of my working life is spent sobbing, sprinting, yelling or impersonating somebody real and trying to nail how they walk, and honestly I'd love one gentle buddy comedy with a couple of friends and a convertible.\" —Rafe Okonkwo: \"I never wanted to be the guy people filed under “charming and harmless” or anything in that drawer, so whatever that im",
         ], appeals=[_MARQUEE_SUB]),
    _doc("b142-ballotline-sundaylist-membership-top-end", "appeal", "top+end",
         "Invented; modelled on Democracy Docket (membership newsletter: members' reading-list block at the top, premium upgrade list cut off at the end)", "en", [
             _BALLOTLINE_TOP,
             "If you read Ballot Line, odds are you follow the news closely. Still, even the most attentive readers can struggle to keep pace with Governor Dale Ressler’s newest moves against the vote.",
             "Some of the blame lies with the traditional press—much of it now owned by a handful of billionaires. But it is also a calculated tactic by Ressler’s allies to bury what is really going on under a pile of falsehoods.",
             "Strategists call this the “firehose” approach. Recall how one of his advisers put it on a podcast in 2020: the opposition party barely matters; reporters are the real enemy; and the way to beat them is to drown them in noise.",
             "I launched Ballot Line—and this Sunday letter especially—to push back against exactly that tactic. Every week, I pull out the most consequential stories that may have slipped under the torrent of spin coming out of the statehouse.",
             "The past seven days show exactly why this matters.",
             _BALLOTLINE_PREMIUM,
         ], appeals=[_BALLOTLINE_TOP, _BALLOTLINE_PREMIUM]),
    _doc("b142-cityscope-nightcap-followus-middle", "appeal", "middle",
         "Invented; modelled on Gothamist (city blog index of image items, follow-us and stories-by-email sentences inside a links item)", "en", [
             "Night Cap: That Famous Bodega Cat And The Borough President Share A Birthday, NATURALLY",
             "",
             "",
             "(image) Farewell to the Canal Street dumpling cart, a bodega cat with political connections, a councilmember on thin ice, a very good goat, and more end-of-day links. " + _CITYSCOPE_FOLLOW + " [ more › ]",
             "",
             "Missing Riverside Pavilion Event Planner Still Gone, But Newlyweds Get Some Relief",
             "",
             "",
             "(image) Couples stranded when the house event planner at the Riverside Park Pavilion vanished last month will not owe the hefty deposits and venue fees after all, the Riverside Park Conservancy said Tuesday. [ more › ]",
             "",
             "Transit Officials: That Orange Foam At Union Square Is Totally Fine, Apparently",
             "",
             "",
             "(image) A heap of bright orange foam was seen lounging on the downtown platform at Union Square on Wednesday morning, but transit officials insist it is harmless and is, in fact, the helpful sort of foam. [ more › ]",
             "",
             "Man Brings Goat On L Train, Nobody Blinks",
             "",
             "",
             "(image) Riding the L at rush hour is mostly a sweaty, screeching ordeal that nobody in charge will own up to. Every so often, though, the train turns into a rolling petting zoo, as it did this afternoon when a commuter stepped aboard with a small brown goat on a leash. Rider Delia Ferro grabbed a photo of the pair just waiting there as if to announce, \"Yes, this is my goat, and this is my stop.\" [ more › ]",
             "",
             "Federal Agents Report 87 Detentions In Week-Long Queens Sweep",
             "",
             "",
             "(image) Federal agents said Monday they had detained 87 people across Queens and the Bronx during a seven-day operation late last month. [ more › ]",
             "",
             "Load Mo",
         ], appeals=[_CITYSCOPE_FOLLOW]),
    _doc("b142-piedmontvalleyradio-fundingcut-needyou-top-middle", "appeal", "top+middle",
         "Invented; modelled on Blue Ridge Public Radio (station page: doubled caption, byline over a slash, button line, three help-sentence tails)", "en", [
             "As Washington pulls public media money, PVR faces its toughest test yet",
             "",
             "Serving nearly every household in the country, public radio and TV form the widest-reaching communications network in America. Serving nearly every household in the country, public radio and TV form the widest-reaching communications network in America.",
             "Daniel Ferrante",
             "/",
             "Stand Up For Local Radio",
             "Serving nearly every household in the country, public radio and TV form the widest-reaching communications network in America.",
             "",
             "Late on Friday, April 11, the administration signed an order instructing federal agencies and the public broadcasting corporation to halt every form of support for national public radio. " + _PVR_HELP_1,
             "",
             "The order kicks off a sweeping change that could hit each local station nationwide, including a $270,000 hole in the budget of Piedmont Valley Radio. " + _PVR_HELP_2,
             "",
             "It points to a wider push not just to strip away essential dollars but to undermine the basic footing of public broadcasting. " + _PVR_HELP_3,
             "",
             "What does this mean for PVR?",
             "",
             "For modest stations like ours throughout the region, that money is essential. Losing it will cripple stations that serve as lifelines for small towns and overlooked communities, widening news deserts and splintering access to reliable, verified reporting.",
             "",
             "Especially after last fall’s floods and this spring’s ice storms — we dread to think what losing PVR’s emergency coverage would mean at the very moment it matters most.",
             "",
             "Let’s be honest: this emergency is one chapter in a much longer slide in local news across America. Over the last decade, dozens of papers across our reg",
         ], appeals=[_PVR_HELP_1, _PVR_HELP_2, _PVR_HELP_3]),
    _doc("b142-fairlawnnow-feedchange-keepfollowing-middle", "appeal", "middle",
         "Invented; modelled on ARLnow (local news site: keep-following how-to with bullets, newsletter form and blank run before the next story)", "en", [
             "Facebook said this week it will begin giving posts from friends and relatives priority over news pages in people’s feeds.",
             "",
             "The change may catch some readers off guard, given that roughly two-thirds of adults get at least some news on Facebook. Pages such as ours won’t vanish from the feed, but you will probably see fewer of our posts.",
             "",
             _FAIRLAWN_FEED,
             "",
             "",
             "",
             "",
             "",
             "The Lanternlight Short Film Showcase, which celebrates the “bold, odd, handmade and unmistakably personal” in cinema, returns Thursday (February 8) through Saturday (February 10).",
             "",
             "The showcase, organized by Fairlawn Community Television, will run 28 shorts over three programs — Thursday at 7 p.m. and Saturday at 11 a.m. and 6:45 p.m.",
             "",
             "A single program costs $12, or moviegoers can buy a $35 pass good for all three. Screenings take place at the Bellwether Cinema in Alexandria (410 King Row).",
             "",
             "On Saturday, FCT will also host two free talks, “Shooting on a Shoestring” at 1 p.m. and “Pitching Your Short” at 3 p.m. An awards night at the Eastgate Social Hall will close out the weekend, and each of the top four films will take home $750.",
             "",
             "For the first time, the showcase took submissions from outside the region this year. Previously, it ac",
         ], appeals=[_FAIRLAWN_FEED]),
    _doc("b142-ridgehollow-snowdog-backourmission-end", "appeal", "end",
         "Invented; modelled on Cardinal & Pine (short clip item with emoji opener, support-our-cause block at the end)", "en", [
             "🌨️ Tuesday morning brought a picture-postcard snowfall to Laurel Hollow, a small community in Pell County, up in the mountains east of Knoxville.",
             "A resident filmed his retriever bounding through the fresh powder. Forecasters had put the area under a winter storm watch from Monday night into Tuesday evening because of heavy snow and strong gusts.",
             _RIDGEHOLLOW_CAUSE,
         ], appeals=[_RIDGEHOLLOW_CAUSE]),
    _doc("b142-wabashcourier-givingtuesday-fellowfund-end", "appeal", "end",
         "Invented; modelled on Bowling Green Daily News (Giving Tuesday column ending in an ask for the paper's reporter-fellow fund)", "en", [
             "Tuesday was Giving Tuesday, the day charities and nonprofits nationwide turned to their neighbors for help.",
             "Among the many causes that deserve a gift, there is one that is easy to overlook: your hometown newspaper.",
             "Market pressures have made local reporting harder and harder to sustain. For papers such as the Courier, one problem is that giant platforms profit from ads placed next to our stories without paying us a cent.",
             "Thankfully, some groups are working to keep local news alive around the nation. The Wabash Valley is lucky to benefit from one of them: Local Beat Fellows.",
             "The national nonprofit Local Beat Fellows program embeds reporters in qualifying newsrooms nationwide.",
             "Courier reporter Dana Whitcomb is our LBF fellow. Since August, she has reported on a wide range of county and regional matters across the valley.",
             "Her work has ranged from a new downtown park to the chemical runoff in Sugar Creek, reporting that became the prize-winning Poisoned Creek series.",
             "That kind of reporting is not free – LBF covers part of each fellow’s pay, while host newsrooms must raise the rest themselves.",
             _WABASH_FUND,
         ], appeals=[_WABASH_FUND]),
    _doc("b142-riverbendnow-localgivematch-letter-top-middle-end", "appeal", "top+middle+end",
         "Invented; modelled on KyForward (nonprofit site: whole matching-gift letter with signature under the publisher line)", "en", [
             "A nonprofit publication of the Ohio Valley Center for Civic Journalism",
             "",
             _RIVERBEND_MATCH,
         ], appeals=[_RIVERBEND_MATCH]),
    _doc("b142-krvl-ridgeline-newsletter-launch-end", "appeal", "end",
         "Invented; modelled on KPCW (radio station story on its new newsletter, sign-up sentence at the end)", "en", [
             "KRVL has launched a weekday morning newsletter called The Ridgeline. It gathers the day's biggest stories from Alder and Sage counties, along with news from around Idaho and the wider northern Rockies.",
             "",
             "KRVL station manager Colleen Havers said the station chose to add the newsletter because the newsroom is convinced that strong local reporting ties towns together and makes them healthier. \"Study after study tells us that the better informed people are, the closer they feel to their neighbors,\" she said. \"That means less political division, too. Solid information, and by solid I mean accurate and fair, brings people together like nothing else.\"",
             "",
             "KRVL is a listener-supported public radio station. Havers said the staff also wanted a daily email for Alder and Sage counties because older kinds of local journalism keep disappearing. She pointed to a recent report from a university journalism school showing that roughly 300 American newspapers have shut down over the past two years, and that about one in four papers nationwide has folded since 2004.",
             "",
             "\"Most of the fresh money going into local news is landing in the big cities, because investors want a profit and that is where the profit is. So the gap between places with good local coverage and places without it just keeps growing,\" Havers said.",
             "",
             "The Ridgeline will skip the kind of ads found in commercial newsletters. Havers said the plan is to keep what she calls \"the voice\" of public radio, which under federal broadcast rules cannot air the sort of commercials listeners hear on for-profit stations.",
             "",
             _KRVL_SIGNUP,
         ], appeals=[_KRVL_SIGNUP]),
    _doc("b142-penspuckspolemics-twelfthbirthday-top-middle-end", "appeal", "top+middle+end",
         "Invented; modelled on Lawyers, Guns & Money (group blog anniversary fundraising post, the whole page is the appeal)", "en", [
             _PPP_WHOLE,
         ], appeals=[_PPP_WHOLE]),
    _doc("b142-crosscurrents-funddrive-top-middle-end", "appeal", "top+middle+end",
         "Invented; modelled on Informed Comment (scholar's blog fund drive: title, byline, gift-book offer, mailing address, cut column)", "en", [
             _CROSSCURRENTS_TITLE,
             "",
             "By Elena Marwick | (Crosscurrents) | – –",
             "",
             _CROSSCURRENTS_DRIVE,
         ], appeals=[_CROSSCURRENTS_TITLE, _CROSSCURRENTS_DRIVE]),
]


# --- Probe 122: negatives ----------------------------------------------------------------------

PROBE122_NEGATIVES = [
    _neg("b142-tonawandaledger-toydrive-hospital-neg",
         "Invented; modelled on Lockport Union-Sun & Journal (hospital toy drive with drop-off sites and a payment-app handle)", "en", [
             "The Holiday Cheer for Kids toy drive is back for its second winter. Organizers hope to fill the playrooms at St. Brigid's Children's Hospital with new toys before the holidays.",
             "Co-organizer Dylan Marchetti said he is thrilled with how much the drive has grown since it started.",
             "“That first winter, it took off way faster than we planned,” he said. “We began with three collection bins, and by the end we had 19 of them.”",
             "Organizers say the pile of donated toys is already impressive, but they want to push the total higher before the drive wraps up. Jenna Kowalczyk-Reyes, who also helps run it, said giving has usually jumped in the final days of past drives.",
             "“On the very last day, people just pour in from everywhere to help,” she said.",
             "Kowalczyk-Reyes, whose son was a patient at the hospital this fall, said a new toy can lift the mood of a sick child more than people realize.",
             "“Even a box of crayons means a lot when you can’t leave your hospital room,” she said.",
             "Collection bins can be found at a number of area shops and groups, including Maple Street Cuts, The Clipper Room, Fenwick Florals, Northside Yoga Loft, Brick Oven Bakery, Tonawanda Family Dental, Glow Nail Bar and the Harbor Music School.",
             "The drive is also accepting money through its Venmo account, @holidaycheerkids2022. That money will buy $15 gift cards to Beanline Coffee for parents whose children are staying at St. Brigid's.",
             "Toys will be collected through Friday and delivered to St. Brigid's Children's Hospital over the weekend.",
         ]),
    _neg("b142-annisquamtimes-westst-fire-gofundme-neg",
         "Invented; modelled on Gloucester Daily Times (house fire with a Facebook collection group and several crowdfunding pages, cut off)", "en", [
             "Neighbors across the North Shore have rallied around tenants left without a home after a fire at 42 Harbor View Road late Sunday night, donating furniture, grocery cards and money through a community Facebook group and two GoFundMe campaigns that have raised thousands.",
             "Nobody was hurt in the June 4 blaze because the tenants had already fled by the time crews got there. Fire officials said at least seven people lost their homes.",
             "Investigators from the Fire Department, working with the state fire marshal’s arson and explosives unit, could not pin down how the fire began, Chief Daniel Pereira said Thursday.",
             "“We just couldn’t determine it,” Pereira said, because “the fire consumed the evidence” and there was “nothing left to trace it back to one spot.”",
             "The fire was already well along when firefighters pulled up, Pereira said. Footage released by the department shows flames climbing the back of the three-story, three-unit clapboard house built in 1908, according to assessor records. Firefighters reported fire on the top two floors on arrival. The vinyl siding of a neighboring house melted.",
             "City building inspectors declared the house “structurally unsound” and “beyond repair.”",
             "Several groups have stepped up to lend a hand.",
             "The Facebook group Neighbors Helping Neighbors of Annisquam & Beyond contacted its 5,400 members on June 5, gathering goods for the three households burned out of their apartments. The drive — organized by group moderators Donna Keel, her son Marco Keel of Essex, and Linda Fairbanks — started with requests for children’s clothes, towels, grocery cards, shampoo and supplies for a family’s dog.",
             "“We just finished sorting everything and dropped off our third load for the famil",
         ]),
    _neg("b142-osagevalleyradio-commissioners-relieflink-neg",
         "Invented; modelled on Bartlesville Radio (county meeting brief ending in a relayed disaster-relief link)", "en", [
             "Posted: Sep 11, 2018 9:14 AMUpdated: Sep 11, 2018 12:40 PM",
             "",
             "Carla Jennings",
             "",
             "The Osage Valley County Commission held its usual Monday morning session, where members approved several easements for land the county had bought. Commissioners then approved additional paperwork for the Cedar Ridge Road resurfacing job.",
             "",
             "",
             "",
             "In the commissioners' update, Commissioner Ray Tolliver thanked everyone who turned out for the Little Caney culvert ribbon-cutting last Friday.",
             "",
             "Under new business, Commissioner Dwight Harlan asked that county emergency manager Lisa Orr be allowed to travel to the Carolinas to help coordinate a response team after Hurricane Florence.",
             "",
             "Everything else on the agenda passed, and all bills were accepted. The commission will skip next Monday's session because of the county fair.",
             "",
             "You can help storm victims in the Carolinas by clicking here",
         ]),
    _neg("b142-terrapintimes-mayorrace-campaignfinance-neg",
         "Invented; modelled on The Diamondback (student paper on a city election's campaign contributions and spending)", "en", [
             "Heading into Tuesday's mayoral vote, the most crowded race the city has seen, incumbent Denise Okoro has brought in and spent more than any of her three rivals.",
             "",
             "Okoro reports $13,240 in contributions and $11,875 in spending, according to her pre-election filing submitted Saturday. Roughly $6,500 of that money carried over from her last run, her first finance report shows, filed Oct. 12.",
             "",
             "Okoro put her money into digital and newspaper ads and direct mail. In her previous race in 2017, Okoro spent over $14,000.",
             "",
             "Challenger Victor Lindqvist, who owns a dry cleaner and several rental houses, reported the next-largest haul at $6,910, according to his Tuesday filing. Nearly all of it, more than 94 percent, came from Lindqvist himself. He spent the money on strategy, door-knocking, media outreach, bookkeeping and building a website.",
             "",
             "As of Saturday's filing, District 3 councilmember and mayoral hopeful Rosa Delgado had collected $1,615, of which she has spent $1,290 on yard signs, flyers, a website and a voter list from a political data vendor that sells canvassing and donor software to campaigns.",
             "",
             "Candidate and housing advocate Amir Haddad has raised $850 and spent about $610 on signs, pamphlets and renting a room at the Lakeside Recreation Center for \"listening sessions.\"",
             "",
             "The District 2 council contest has been the priciest so far, with candidates spending a combined $6,940.",
             "",
             "Among District 2 hopefuls, resident Marcus Bell reports the most money raised, $2,980, followed by councilmember Priya Raman, with $2,455. Resident Joan Whitley has $1,120 in contributions, followed by Erin Castle, a fundraiser for a regional literacy nonprofit, with $540.",
             "",
             "Still, Castle has spent $2,310 — more than anyone else in the district.",
             "",
             "In District 1, university senior Jordan Pike leads in both money raised and money spent. He reports $2,180 in contributions, of which he has spent $1,945. He'",
         ]),
    _neg("b142-mountainlaurelreview-keepthesignal-otherstation-neg",
         "Invented; modelled on The Laurel of Asheville (magazine report on another station's fundraising campaign and benefit concert, cut off)", "en", [
             "Highland Community Radio is rolling out a fundraising drive – Keep the Signal – meant to build lasting listener support that will make up for money lost when federal funding for public broadcasting was eliminated.",
             "HCR, which kept mountain communities informed through last winter’s ice storms, stands to lose $285,000 a year — about 11% of its budget — because of the cuts. Listeners have already responded with a wave of gifts since the news broke. Those first donations protect dependable local reporting and keep great music on the air.",
             "“We’ve been amazed by how the region has stepped up as we shift to a fully listener-funded model,” says Teresa Vance, HCR’s president and station manager. “So many people have asked how they can help, so now is the right moment to invite them to keep the signal going for years to come.”",
             "Keep the Signal begins October 6, alongside HCR’s fall on-air pledge drive. A kickoff party, Keep the Signal: A Benefit Night for HCR With the Juniper Hollow String Band, follows on Saturday, October 25, from 6 to 9 p.m., at Fiddlehead Cider’s taproom in Waynesville.",
             "Juniper Hollow is a much-loved regional bluegrass band whose recordings have been featured across several HCR programs, among them Saturday Porch Session, Mountain Morning, Roots & Branches, and the station's holiday special.",
             "Tickets for the benefit are $30 each (kids 10 and younger get in free), open to everyone, and the evening will include meet-and-greets with HCR hosts and station staff.",
             "Artwork for the drive, created by regional printmaker Odessa Lyle, will feature heavily in Keep the Signal’s social media, web and print advertising. The design nods to the old image of a radio tower on a ridgeline at dusk, with a lone porch light answering its blinking red beac",
         ]),
    _neg("b142-ottertailrecord-scholarships-milestone-neg",
         "Invented; modelled on Fergus Falls Daily Journal (scholarship fund's donation milestone, tax-deductible gifts, cut off)", "en", [
             "The Lakes Area Scholarship Fund passed $2 million in total awards to students from Pelican Rapids and nearby towns on Thursday. The fund has been helping local graduates pay for school for more than thirty years.",
             "“Everyone on the board has been counting down to this moment for a long time,” said director Karen Ostlund. “Hitting $2 million shows how generous this area is and how much we all believe in our young people.”",
             "So far the fund has helped over 1,870 students with awards toward college, trade school and other training, a remarkable record for a region this size.",
             "Founded in 1988 with gifts and support from graduates and local employers, the fund gave out its first four awards in 1989, each worth $400. Awards have gone out every spring since. About $80,000 is now given each year through roughly 70 awards.",
             "“Cutting what families owe for tuition really matters,” said board chair Tom Rasmussen. “But what gets me most excited is picturing what all these graduates will go on to build for themselves and for their hometowns. You can’t put a number on that.”",
             "The founding board members set out to raise $400,000 for an endowment to pay for awards. The endowment has since grown past $2.6 million thanks to local residents, employers and clubs. Memorial gifts, tributes honoring loved ones and planned giving keep the awards coming every year. Because the fund is a nonprofit, gifts are tax deductible.",
             "“Every gift counts, and we’ll keep growing that money for the kids of this area,” said Rasmussen.",
             "T",
         ]),
    _neg("b142-alleghenyherald-bakesale-refugees-neg",
         "Invented; modelled on Butler Eagle (church-lot bake sale for Ukrainian refugees, donations by businesses, cut off)", "en", [
             "Bake sale helps refugees",
             "CRANBERRY TWP — A line had already formed in the parking lot of Grace Lutheran Church, 314 Ridgeview Drive, well before the 10 a.m. start of Saturday's bake sale for families fleeing the war in Ukraine.",
             "Shoppers came for pies, scones, shortbread and other treats, and for a shot at the raffle baskets, but mostly they came to help families forced from their homes by the war, said the sale's organizers, Fiona Caldwell of Cranberry Township and Helen Marsh of Mars.",
             "The two friends, both originally from Scotland, pulled the sale — which ran from 10 a.m. to 4 p.m. Saturday — together in under two weeks, Marsh said.",
             "“I couldn’t stand watching the news every night and doing nothing,” Caldwell said. “So I rang Helen and asked, ‘Are you free on the 26th?’",
             "“Helen’s mother-in-law came over from Lviv as a girl,” she said. “People responded beautifully. The support was overwhelming.”",
             "Caldwell said she then asked the church whether they could use its lot.",
             "The Rev. Martin Ekberg, pastor of Grace Lutheran, said the congregation was happy to pitch in.",
             "“Fiona got in touch, and we saw it as a wonderful way to stand with people who are suffering right now,” Ekberg said. “Saying yes was the easy part.",
             "“And with our prayer chain, our pantry volunteers, our Lenten suppers — the news spread quickly,” he said. “It puts our prayers into practice.”",
             "Caldwell said neighbors and local shops donated baked goods, gift cards and raffle baskets.",
             "“I called in every favor I had. People just want to help,” Caldwell said. “It didn’t matter what church you go to or how you vote. This whole county showed up.”",
             "Area businesses and the county visitors bureau chipped in with tents, folding tables, gift cards and raffle baskets stuffed with local honey, restaurant vouchers and hockey tickets.",
             "Every bit as moving as the gifts themselves has been the reaction from ",
         ]),
    _neg("b142-mesaweekly-31years-unsungheroes-editorsnote-neg",
         "Invented; modelled on Boulder Weekly (anniversary editor's note thanking readers for their support, then a profile list)", "en", [
             "Marking 31 years of fearless, independent hometown reporting",
             "",
             "Keeping an independent paper going for 31 years takes a stubborn crew: dogged reporters, imaginative editors, tireless ad reps and a publisher who believes in the mission. Yet what really powers any paper is its community—all our work is done for you, our readers, and your backing is what has kept Mesa Weekly lively and kicking for more than three decades. ",
             "",
             "So for a few years now, Mesa Weekly has marked its birthday by turning the spotlight on the quiet heroes among us, people who have made a difference and changed lives without asking for applause. ",
             "",
             "Our county went through a brutal year; we lost neighbors to floods and to sickness, and we lost whole streets to high water. Yet every time, we showed up for one another. We hope the profiles in these pages raise your spirits, lower your guard and remind you how much good is still out there. ",
             "",
             "Thank you for sticking with us these past 31 years—there would be no paper without you. ",
             "",
             "—Renata Solís, editor",
             "",
             "Maya Oduya: The Mesa Verde High junior who led classmates in sit-ins over unsafe school buses talks about the grind, the small victories and what winning really looks like",
             "",
             "Walt Brenner: After his unexpected death, friends and family of the Dusty Groove Records owner remember his love of vinyl and his neighborhood",
             "",
             "Bringing Home Pepper: A missing cat, a flooded canyon and the neighbors who searched for weeks to bring her back",
             "",
             "Lucia Ferraro: The Second Helping café owner uses free Sunday suppers to knit a shaken town back together",
             "",
             "Hank Delacroix: The Coyote Bend Ranch owner saw drought hollow out his land—now he’s pressing lawmakers to act",
             "",
             "Tessa Wong: The volunteer swift-water rescuer’s quick thinking during the March flash flood saved a family of four",
         ]),
    _neg("b142-canyonbeacon-anniversary-podcast-members-neg",
         "Invented; modelled on a Colorado Sun anniversary note reposted by leadville.co (editor's note counting newsletter subscribers and paying members, cut off)", "en", [
             "This month marks three years since we started publishing The Canyon Beacon. This birthday is a chance to look back on everything that has happened since 2019 and to thank all of you who make this work possible. Your cheers, your criticism and your dollars are why we are still here.",
             "",
             "It’s also a moment to look forward.",
             "",
             "Starting today, The Beacon is trying something new for us: audio. In our first reader survey a few months ago, lots of you told us you wanted to listen to our reporting, not only read it. ",
             "",
             "Nora Castellanos",
             "Canyon Beacon Editor",
             "",
             "The Morning Beacon gives you a fast rundown of our biggest stories, catches you up on the day’s news and digs into what it means to live and work in the Four Corners. New episodes post at 5:30 a.m. on weekdays on all the major podcast apps, and also on the Beacon's brand-new audio page.",
             "",
             "We can’t wait to try this kind of storytelling with you, and we want to hear what you think and what you’d change. Feel free to drop me a line at",
             "",
             "Because of readers (and, starting today, listeners!) like you, we can produce the deep, careful and strictly nonpartisan reporting that this region needs and deserves. With the midterm election ahead, our job is to keep you informed, keep officials honest and help everyone make sense of knotty issues.",
             "",
             "I’m also thrilled to share that more than 60,000 people now get Canyon Beacon newsletters in their inbox. That’s a remarkable milestone for a newsroom this young, and it means a lot that so many of you rely on us for news you can trust.",
             "",
             "We have also grown a strong community of individual supporters. Right now, more than 7,500 paying members help pay for our reporting. That is close to twice as many as a year ago, and we hope more readers across the region will sign on in the weeks ahead so th",
         ]),
    _neg("b142-bluecrabdaily-goodnews-hour-neg",
         "Invented; modelled on Dogwood (good-news roundup with three items, the last about a large donation, cut off)", "en", [
             "Good news counts as news too! Blue Crab Daily's feel-good hour is a short break from the heavy headlines, spotlighting some of the bright spots around Maryland. Today we bring you three uplifting stories from around the state.",
             "Maryland teen pulls 11 neighbors from burning townhouses",
             "A 16-year-old girl is being hailed as a hero for getting nearly a dozen neighbors out of a townhouse fire.",
             "Alyssa Grant and her grandmother were at home in Salisbury when they heard faint shouting from down the block.",
             "Alyssa ran outside as soon as she saw smoke rising from the end unit.",
             "The brave teen pounded on door after door to make sure everyone on the row got out. When an elderly neighbor did not respond, she climbed onto the porch rail to reach an open window and help him out.",
             "Because of Alyssa’s quick thinking, every resident of the row made it out unhurt.",
             "The Grant home suffered heavy smoke damage, and her family says they are bursting with pride over her courage and grateful no one was hurt.",
             "Maryland startup uses robots to boost oyster harvests in the bay",
             "A Baltimore-based startup, TideWorks, has launched the first robot-tended oyster reef in the Chesapeake.",
             "With an automated monitoring system, the company can keep oysters growing in ideal conditions all year without harming the surrounding waters.",
             "The reefs let TideWorks use 80% less boat fuel and far fewer chemicals than traditional methods —its robots even clear silt off the shells without a diver in the water.",
             "Stacked in cages, the reefs can yield close to two million oysters a year.",
             "The first harvest from these beds should reach seafood counters next spring, so get ready for plump, local oysters all year long.",
             "A retired Maryland librarian left $2 million to her hometown library",
             "Following her passing, f",
         ]),
    _neg("b142-snakerivertribune-letter-subscriptionprice-neg",
         "Invented; modelled on Idaho Statesman (reader's letter about his subscription price going up)", "en", [
             "When my renewal notice from the Snake River Tribune showed up last month, I saw the price had climbed again. My first thought was to switch to the other paper in the valley, and the bill sat on the kitchen table for a week while I went back and forth. It is not easy to walk away from an old companion — flaws included (the shrinking sports pages being one of them).",
             "In the end, what settled it happened at 4:30 one black, sleeting morning, while I was out chipping ice off my windshield and heard, then spotted, a rattling old pickup plowing through the slush with my carrier waving out the window and calling out a cheerful “morning!”",
             "I hope some of the Tribune’s price hike finds its way to those tireless early risers who see to it that I can enjoy my coffee, catch the headlines and read my paper.",
             "Gene Halvorsen, Twin Falls",
         ]),
]


BATCH142_DOCUMENTS = PROBE122_APPEALS + PROBE122_NEGATIVES
