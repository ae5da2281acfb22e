"""Batch 104: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

23 documents (11 appeal, 12 negative; all EN): our own paraphrases of every document of the
local-only real probe 84 (23 documents). Each keeps the real page's structure (line for line, with
the same trailing and leading spaces, double spaces, bylines, "updated:" and dated lines, a podcast
transcript page with its title/show/network/"Summary"/"Transcript" chrome and "| time | words |"
table rows, hashtag lines, a stat list of "label value" lines, repeated chart-credit lines, a letter
signed with name and town, a gap where a site address was dropped, pages cut off mid-word) and
exactly what the real gold marks: a lone "follow us" social line under a letter to the editor (the
letter writer's own plea to pledge to a radio station stays text); a publisher's donation appeal
running from mid-column to the end (not a nonprofit, not tax-deductible, "click the button" line); a
"help us by going digital" block that starts mid-paragraph and covers the following e-edition /
social / ads line (trailing space left out, double space kept); a one-price subscription offer line
in the middle of a paywall-launch notice; a single "thank-you gift until midnight" line inside a
station's pledge-drive press release; a donation dek at the top plus a "journalism fund" block at
the end cut mid-word; a host's donate-to-stations plea as ten transcript table rows at the top; a
lone "stay connected" line at the very top of a feature; a publisher's switch-to-digital plea with
renewal instructions and promo price running to a mid-word cut; a fundraising-campaign close with
matching gifts, costs and a story sample running to a mid-word cut; an editor's ten-line
subscription-drive plea in the middle of a column, with the next section header and a cut line after
it. Negatives keep what makes the real ones hard: a charity's holiday drive total with its partner
agency list, a student paper on the campus station's record membership drive, a columnist quoting
another student paper's donate appeal at length, mayoral campaign-finance reports (three of them:
an investigative tally, a TV data piece with chart credits, a daily's filing story), a charity's
kettle-style drive falling short, a police chief warning that a mail appeal does not help local
officers, a trade op-ed urging stations to fundraise for storm-hit peers, a day-of-giving thank-you
with a list of collected totals, a letter about gift donations and memberships, a volunteer
street-collection story with hashtags.

Every sentence, outlet, person, place, number and URL is ours; the towns, counties, states,
stations, papers, charities and unions are invented (no real town, state or country is named;
social platforms such as Facebook, Instagram and Twitter keep their names as appeal vocabulary).
No run of more than five words is copied from the real pages (checked mechanically on lowercased,
whitespace-split text). The modelled real outlet is noted in each outlet field. Negatives go
through `_neg` like the earlier batches, so their position is "real" (the real set says "none").
"""


from whole_documents import _doc, _neg


# --- Probe 84: appeal documents -----------------------------------------------------------------

_SABLECREST_FOLLOW = "Follow the Courier on Twitter"

_BRINDLEMOOR_GIVE = "\n".join([
    "Today our prize-winning reporters are keeping you current on every local turn of the emergency still unfolding around us. If our work matters to you, we ask that you think about making a contribution to help keep it going. Our papers and websites will stay free to read, but a lot of our advertisers are hurting and can't back us the way they used to, so we're looking to our readers to help sustain us as an independent newsroom.",
    "Since we started asking for contributions, the response has been warm beyond anything I expected, and I can't say thank you enough for the generosity so many of you have already shown.",
    "Every contribution goes directly toward keeping these papers arriving on your porch or in the racks each week, and even a few dollars counts.",
    "Please keep in mind that we're a for-profit company, so gifts to us can't be written off at tax time.",
    "We'll come out the other side of this together.",
    "To give, visit brindlemoorpress.example.com and hit the “CONTRIBUTE” button at the top of the page.",
])

_QUARLOW_HELP = (
    "Help us make it by giving our online work a try and chipping in when you can. \n"
    "Register for our e-edition. It lands in your inbox with no catch whatsoever. Stop by our website "
    "now and then. We keep refreshing the news and features there. Find us on Instagram or Facebook "
    "and join the discussion. Tell us what's on your mind.  Finally, tap on the online ads so our "
    "advertisers know you appreciate them."
)

_PELLHAM_OFFER = (
    "The single-rate subscription for full access to the paper and the website is just $48 a year. "
    "That works out to less than a muffin each week. Sign up before Nov. 4 and you'll pay an "
    "introductory rate of only $26 a year."
)

_WKRL_GIFT = (
    "The on-air drive may have wrapped, but anyone who gives before midnight tonight can still claim "
    "a thank-you gift."
)

_ASHMERROW_DEK = "We believe in local reporting that explains the why. Your gifts make it possible."

_ASHMERROW_FUND = "\n".join([
    "Reporting that matters",
    "That's the reason The Herald's Community Reporting Fund was created. To cover subjects the public cares about that might otherwise slip through the cracks. To do reporting that matters. To explain and make a difference while connecting with our readers.",
    "Thank you.",
    "This holiday season, your generosity makes a real difference.",
    "Local donors and charitable foundations keep demonstrating how much community repor",
])

_NLN_FAVOR = "\n".join([
    "| 0:00.0 | Hi everyone, quick request before we get going today. |",
    "| 0:03.2 | A lot of folks are going through a hard stretch right now, and NLM is on the air daily with updates, |",
    "| 0:08.9 | for whenever you want to tune in. |",
    "| 0:10.7 | Some of our member stations have actually called off their pledge weeks so that you |",
    "| 0:14.8 | can keep getting the information that helps you stay safe and in the know. |",
    "| 0:19.6 | Only those pledge weeks are how a lot of stations pay their bills, and my hope is |",
    "| 0:23.9 | that you, our audience, could step in and cover some of that shortfall. |",
    "| 0:27.5 | Packing local stations is what keeps the NLM Capitol podcast going. |",
    "| 0:31.8 | So if you can, go to donate.nln.example.org slash capitol and give whatever you're able. |",
    "| 0:38.4 | Thank you. |",
])

_ORVANE_CONNECT = "Stay connected with us"

_WENDLECOTT_SWITCH = "\n".join([
    "That's why I keep asking my print subscribers to think about moving over to our digital edition. A great MANY of you are due to renew between April and July, and if only half of you made the jump to digital, it would change everything for us. ",
    "Lately, lots of you have asked how to tell when your subscription runs out, Just check the mailing label, if you get the printed paper, where your name and address appear. The date you renew by sits in the upper left corner of it. ",
    "If your renewal is coming up and you'd like to move to the digital edition, just visit , click the tab that says subscribe, and pick digital.",
    "A few weeks ago I mentioned we'd hold the digital rate at $21 for a bit longer. That offer ends on Thursday, May 14. After that, you'll be able to choose between pay",
])

_FENNICK_CLOSE = "\n".join([
    "We'd love to end the drive on a high note by Sunday. You can give through this link.",
    "A local supporter and her company are matching gifts for a year, up to $8,000. They're now nearing $5,600 of that match – so there's still space and time to unlock the whole matching gift.",
    "Your tax-deductible gifts help cover our running costs, which come to roughly $6,800 a month. That pays for everything from our reporter's wages and health coverage to fees for freelance contributors, keeping our web developer content, and the many other small but necessary costs of keeping this newsroom going.",
    "FennickNews also hopes to raise enough to bring on a second reporter stationed in Port Aldine to better cover Selvey County government, schools, the city of Port Aldine, its busy harbor and the agencies around it, and whatever turns out to be the top story over there each week.",
    "Here's just a taste of what FennickNews reporters delivered to readers at no charge over the last two weeks – coverage no other outlet in Selvey County is providing:",
    "- A complete lineup of election coverage, from a tight Selvey County commissioner race to a pair of fire levy measures to the Fennick Bay mayor's race, plus a look at the state House District 9 contest that spans all of Selvey County. Sadly, what we didn't have the staff to do was a ser",
])

_DUNMORROW_DRIVE = "\n".join([
    "Staff at this paper will be taking part in a subscription drive next Saturday, Sept. 15. Why is that a big deal, you might wonder?",
    "Quite a big deal, if having a hometown paper in this community matters to you.",
    "The plain truth is that newspapers are no longer the booming business they were a generation or two ago.",
    "And while more folks these days may prefer to get their news on a screen instead of on newsprint, plenty of effort still goes into putting together the online edition.",
    "We still deal with the public every day, gathering information, sometimes sent in by readers and other times through phone calls or face-to-face interviews.",
    "We also pair many of our stories with pictures, all to give our readers the fullest coverage we can.",
    "While our staff is nowhere near the size of a big-city paper's, we rely on several part-time employees to help us reach our goals.",
    "Every one of us at the paper believes our work matters to this community.",
    "A celebrated newspaperman of the last century, Harlan Brooks Whitaker, once put it this way: \"A town without its own paper is a town talking in its sleep.\"",
    "Please think of your friendly neighborhood paper when our subscription drive rolls around next weekend.",
])


PROBE84_APPEALS = [
    _doc("b104-sablecrestcourier-kwrn-radio-letter-end", "appeal", "end",
         "Invented; modelled on San Angelo Standard-Times (letter to the editor relaying a radio pledge plea, lone social follow line at the end)", "en", [
             "LETTER: KWRN is radio worth keeping",
             "I'd urge every listener of KWRN, the Haverlock public station whose signal also reaches Sablecrest, to contact the station and ask that it not hand KWRS (the call sign of our local Sablecrest translator) over to the public broadcaster up in Orvane.",
             "Nowhere else on the dial will you hear regional fiddle and bluegrass the same week it's laid down in the studio. I've moved around plenty and tuned in to public stations in most of those towns, and none of them come close to what KWRN puts on the air.",
             "What's more, if each Sablecrest listener promised KWRN even $7 or $12 a month, the station would take notice. That's a small price for radio this good.",
             "So write to them, and make a pledge. Let's keep this gem coming in loud and clear here at home.",
             "Lorraine M. Petrakis",
             "Sablecrest",
             _SABLECREST_FOLLOW,
         ], appeals=[_SABLECREST_FOLLOW]),
    _doc("b104-brindlemoorpress-floods-donate-end", "appeal", "end",
         "Invented; modelled on Tucson Local Media (publisher's column on crisis coverage, donation appeal from mid-column to the end)", "en", [
             "Engineering students at Brindlemoor State College, pantry drives by church groups and a brewery retooling its line to bottle drinking water for evacuees.",
             "These past weeks have handed us one story after another as the spring floods upended daily life across the valley. I never imagined we'd be writing so much about sandbags and shelters, but guiding these papers through it has been a privilege—and we don't intend to slow down.",
             "The Lookout, Carrow Creek News, Ridgeline News and Mesa Weekly carry the news straight to your porch. We've reported on these towns for a long time, and we take pride in bringing you neighborhood stories no other outlet bothers to tell.",
             _BRINDLEMOOR_GIVE,
         ], appeals=[_BRINDLEMOOR_GIVE]),
    _doc("b104-quarlowparkgazette-digital-shift-middle", "appeal", "middle",
         "Invented; modelled on Winter Park Times (publisher's note on going digital, help-us block starting mid-paragraph through the e-edition/social/ads line)", "en", [
             "After many months of talks and second-guessing, we've chosen to keep putting out a monthly Second Saturday issue of the paper. I've spent a long while reading up on how very local news is changing, and I'm convinced the moment for something new has arrived.",
             "Like a lighthouse on the horizon, every signal says we're headed online. Trying new things and remaking ourselves is vital for the news trade going forward, and papers of record shouldn't have to go around with a cup out for stopgap money to patch up a business model that is losing blood. ",
             "A web “Only” issue is a greener path forward for us. We can cut the heavy cost of trucking paper around town and pour that energy into a strong website and a lively social presence.",
             "Small-town papers can flourish if we decide to get behind the move online. Good reporting demands dedication, hours and effort.  Every newspaper draws its real strength from its readers and from the backing of its town.  "
             + _QUARLOW_HELP + " ",
             "My thanks to every one of you for standing with us and contributing over the years. Please tell your neighbors we're still here and going strong. Take care of yourselves and stay well!",
         ], appeals=[_QUARLOW_HELP]),
    _doc("b104-pellhamridgesentinel-paywall-launch-middle", "appeal", "middle",
         "Invented; modelled on Cody Enterprise (paywall-launch notice with a one-price subscription offer line, cut mid-word)", "en", [
             "Beginning Monday, articles posted on won't all be free anymore.",
             "Like nearly every other newspaper around the region has done already, we're putting up a metered paywall, meaning readers will need to buy a subscription. Anyone who already takes the printed paper gets full online access at no extra cost. All they have to do is set up a web account or sign in if they have one. What's more, a single subscription price includes both print and web. ",
             _PELLHAM_OFFER + " ",
             "At first, the opening four articles every month will be free. Starting with the fifth article, you'll need a subscription to keep reading.",
             "Still, every obituary and any story we judge to be urgent for the community, such as a boil-water notice, a police standoff in progress or a crash that closes a highway, will always stay free.",
             "We realize this may rub some people the wrong way, but the condition of our industry has left us no choice. We're grateful to our print subscribers and advertisers, but the work we want to do often takes more than that.",
             "Reporting a story, covering it, writing it and editing it all take time. Photos take time to shoot and edit. Putting the paper together means hours of layout, then printing, then delivery. Every bit of that costs money.",
             "A typical front-page feature or deeper news story eats up three to five hours. A typical basketball game story runs about four hours.",
             "A multi-part series can take 35 hours or more, like the stories on well permits in Lintonvale County, which heated up after a 31-lot housing plan went before the Lintonvale County Commission for a vote. In fact, today's paper carries two stories on a contract the school board almost approved that concer",
         ], appeals=[_PELLHAM_OFFER]),
    _doc("b104-wkrl-fall-pledge-drive-middle", "appeal", "middle",
         "Invented; modelled on KUT 90.5 (station press release on a membership drive, one thank-you-gift-until-midnight line)", "en", [
             "First-Time and Monthly Members Power the Newsroom and Music on WKRL and WKRX in Fall Pledge Drive",
             "CARROWBY, Vessaria – October 25, 2021 – Listeners across the Upper Carrow stepped forward to freely back fact-based reporting and Carrowby's live music scene at WKRL 89.3 and WKRX 101.7 during the stations' shared fall pledge drive.",
             "The on-air stretch of the eight-day pledge drive, which wrapped up October 18, brought in $512,000 and signed up more than 1,140 new members, and a number of monthly members chose to raise their recurring gifts.",
             "“It was my first pledge drive here, and the energy and generosity of our listeners simply floored me,” said Renata Okonkwo, president and general manager of WKRL 89.3 and WKRX 101.7. “My thanks to everyone who gave during our fall pledge drive. That steady support matters enormously as we plan to grow our news coverage and grow the crowd that tunes in for homegrown and live music.”",
             "Wide support from the community – from devoted listeners, monthly members and area businesses – is what keeps public radio independent.",
             _WKRL_GIFT,
             "WKRL 89.3 and WKRX 101.7 rely on local listeners and businesses for about 84 percent of their yearly operating budget. Member gifts cover programming and broadcast costs, such as WKRL's award-winning newsroom, and shows such as “Valley Desk,” “First Light,” “The Evening Report,” “Quiz Night Live,” “Money Matters” and “In Conversation.” Listener gifts also let WKRX showcase the musical range of Carrowby through one-off sessions in Studio B, the Carrowby Sound Minute, the WKRX Featured Artist and more.",
             "About WKRL 89.3, Carrowby's public radio station, and WKRX 101.7, The Carrowby Music Chan",
         ], appeals=[_WKRL_GIFT]),
    _doc("b104-ashmerrowherald-outage-fund-top+end", "appeal", "top+end",
         "Invented; modelled on The News & Observer (editor's column, donation dek at the top and a reporting-fund block at the end cut mid-word)", "en", [
             _ASHMERROW_DEK,
             "The Herald's Dana Whitcombe and Luis Ferreira are talented reporters who can make sense of events even when they are confusing. Their latest piece, “As Kestle County sat without heat, neighbors found ways to keep each other warm,” showed how kindness answers cruelty.",
             "Theories abound about why two gas regulator stations in Kestle County were vandalized, cutting heat to a rural county and rattling an otherwise quiet community.",
             "But in the first hours of the outage, diners handed out bowls of chili and mugs of cocoa at no charge, keeping the stoves going on propane tanks. Congregations set up teams to grill burgers and bake casseroles, serving anyone who walked in. A volunteer disaster corps rolled in trailers with warm showers and washing machines, and helpers simmered soup in kettles as big as bathtubs.,” Dana and Luis reported.",
             "Dana and Luis were part of a crew of Herald journalists who descended on the story in Kestle County. The trick, as ever, is weighing our resources against what readers want across the Ashmerrow region. There are high school football games to cover, zoning fights that grow into policy battles and officeholders whose choices touch everyone's daily life. As a seasoned editor once told a younger me, “However big your newsroom gets, you'll always be short one reporter for some story.”",
             "Local reporting that stands apart takes a promise to tell stories that go deeper than the evening newscast.",
             _ASHMERROW_FUND,
         ], appeals=[_ASHMERROW_DEK, _ASHMERROW_FUND]),
    _doc("b104-nln-capitol-podcast-transcript-top", "appeal", "top",
         "Invented; modelled on NPR Politics Podcast (transcript page, host's donate-to-stations plea as table rows at the top)", "en", [
             "Weekly Wrap: Thursday, March 12th",
             "The NLN Capitol Podcast",
             "NLN",
             "Summary",
             "Plus, the NLN Capitol team takes listener questions about the outbreak.",
             "This episode: presidential correspondent Priya Lindgren, chief political correspondent Walter Osei, polling and demographics reporter Hana Brightwater, and campaign finance reporter Theo Marchetti.",
             "Transcript",
             _NLN_FAVOR,
             "| 0:39.5 | Hey, this is Rosalind Tate calling from Wendlecott. |",
             "| 0:42.7 | I was paying for groceries at the corner market, and the man ahead of me covered my |",
             "| 0:47.9 | bill. |",
             "| 0:48.8 | Someone ahead of him had already covered his, and there was nobody in line behind me yet, |",
             "| 0:53.6 | so I chatted with the clerk for a minute, and sure enough, a woman walked in, and I |",
             "| 0:58.1 | covered her groceries. |",
             "| 1:00.4 | So let's keep the kindness going for someone today. |",
             "| 1:04.2 | From six feet apart, naturally. |",
         ], appeals=[_NLN_FAVOR]),
    _doc("b104-orvaneoutpost-bats-connect-top", "appeal", "top",
         "Invented; modelled on Pueblo Pulp (feature with a lone connect-with-us line at the very top, cut mid-word)", "en", [
             _ORVANE_CONNECT,
             "Winged Wonders Working the Night Shift",
             "Protecting bats has grown into a pressing cause in recent years — and that holds true here in the Orvane high country, as well.",
             "Bat numbers have dropped sharply of late, a slide that may carry steep costs for people, since bats save farmers an estimated $3.2 billion a year in pest control, according to a fact sheet from the Night Wing Conservancy – a nonprofit research and outreach group dedicated to studying and safeguarding bats.",
             "The die-off has a name: “White-Nose Syndrome.” A fungal disease, it spreads faster under pressure from habitat loss, disturbance of roosts, and shifting weather. Perhaps the biggest drivers, though, are cave traffic, wind turbines and insecticides.",
             "Orvane's economy, like many in the high country, leans on bats to keep crop pests in check, since farming ranks among Orvane's largest industries.",
             "Falling bat counts have pushed protection efforts to the top of the list for the city's future. So Orvane has signed on to the “bats need friends” campaign by starting a few projects of its own to protect its colonies.",
             "The Orvane Nature Center opened a bat exhibit this past spring, funded by grants awarded to Orvane County's extension office and its youth science clubs.",
             "The exhibit holds around 2,000 bats in a set of “smart” roost boxes fitted with sensors that track temperature, humidity, weight and movement inside. Those readings go to regional and national wildlife health databases to study the causes of White-Nose Syndrome in more detail, and to support healthy colonies. The exhibit also features a night-blooming garden, and plans are underway to spend the leftover grant money on hands-on learning programs for kids and grown-ups a",
         ], appeals=[_ORVANE_CONNECT]),
    _doc("b104-wendlecottweekly-digital-switch-end", "appeal", "end",
         "Invented; modelled on O'Fallon Weekly (publisher's column, switch-to-digital plea with renewal steps and promo price to a mid-word cut)", "en", [
             "Pocket Change: Where the Weekly stands right now",
             "By Graham Oduya, Owner and Publisher",
             "Let me begin by thanking all of you who read my earlier columns and decided to move your subscription from paper to digital. I know it isn't everyone's favorite way to read us, but this past month has brought plenty of new realities, and the Weekly is no exception.",
             "I'd like to keep you posted on what's happening and what we're doing to keep the paper coming out without a hiccup.",
             " Ad revenue remains a persistent headache, not only for us but for papers and broadcasters everywhere. Our cash flow has held up so far, but some payments are starting to come in late, and I expect more of that next month.",
             "Like many small businesses, we've explored emergency loans and relief programs. Still, I'm not counting on any of it and am planning as though no help will arrive. I'm also reluctant to borrow from the government for several reasons, but I've had to keep every option on the table.",
             _WENDLECOTT_SWITCH,
         ], appeals=[_WENDLECOTT_SWITCH]),
    _doc("b104-fennicknews-fall-campaign-end", "appeal", "end",
         "Invented; modelled on YachatsNews (editor's fundraising-campaign close with matching gifts, costs and a story sample, cut mid-word)", "en", [
             "By MIRA DELACROIX/FennickNews",
             "As I mentioned a week ago, there's no hard deadline for giving, but FennickNews is closing out its autumn fundraising drive this week to nudge more readers into becoming small monthly supporters of its reporting.",
             "As of Wednesday, 26 more readers have pledged a combined $240 a month more toward our running costs – which adds up to $2,880 over a year. They join the 61 supporters already giving monthly. Another 37 people chose to give one-time gifts adding up to roughly $3,150.",
             _FENNICK_CLOSE,
         ], appeals=[_FENNICK_CLOSE]),
    _doc("b104-dunmorrowdailyrecord-subscription-drive-middle", "appeal", "middle",
         "Invented; modelled on Daily Republican (managing editor's column, subscription-drive plea in the middle, next section header and cut line after)", "en", [
             "Shopping local should include your hometown newspaper",
             "By Alan T. Riordan",
             "Managing editor",
             "updated: 9/12/2018 10:42 AM",
             "I've long believed in buying close to home whenever I can. Our household fills up the car in the town where we live. We pick up our groceries and odds and ends, and eat out often, right here too.",
             "Of course, we spend our share of money elsewhere, but most of our spare income stays in our own community.",
             "As I see it, if we won't back the businesses in our own town, what does that say about the kind of neighbors we are? With that in mind ...",
             _DUNMORROW_DRIVE,
             "Hoops season approaches",
             "You can tell winter is close when the gym lights stay on late for basketball pract",
         ], appeals=[_DUNMORROW_DRIVE]),
]


# --- Probe 84: negatives ------------------------------------------------------------------------

PROBE84_NEGATIVES = [
    _neg("b104-tamsenvalleyradio-holiday-helpers-total-neg",
         "Invented; modelled on Advantage News (radio news brief on a charity's holiday drive total with its partner agency list)", "en", [
             "The Tamsen Valley Community Fund's Holiday Helpers campaign is finished for the year, and the drive brought in more than $48,000 to buy gifts and necessities for families across the lower valley. The campaign gathers cash and goods through mid-December for neighbors facing a hard holiday season.",
             "The Community Fund's Nadia Ferrante tells Tamsen 101 that Kessler Tire & Brake's Holiday in August event was the biggest single fundraiser.",
             "On top of that, more than 40 bins of goods were gathered around the area and handed out to the Community Fund's partner agencies, including new toys, canned and boxed food, baby and hygiene supplies, and cold-weather basics such as parkas, hats, mittens and scarves.",
             "Holiday Helpers works with 15 agencies that hand out the goods to the people they serve: Bridgeway Family Center; Carrowby Food Pantry; Hope Street Shelter; Lantern House; Lower Tamsen Early Start; Meadowlark Senior Services; New Roots Refugee Aid; Open Arms Women's Shelter; Pinehollow Children's Home; Riverstone Youth Club; Saint Brendan Outreach; Tamsen Autism Network; The Harbor Recovery Center; Valley Crisis Line; Wendholm Youth Athletic League.",
         ]),
    _neg("b104-wexmoorquarry-kwxu-record-drive-neg",
         "Invented; modelled on The Daily Texan (student paper on the campus station's record membership drive)", "en", [
             "Most students may never notice the KWXU studio on campus, but KWXU Radio has made clear it speaks for the wider Dravenport community, and its voice keeps growing louder.",
             "The station's twice-yearly pledge drive, which kicked off March 3, brought in an all-time high of $740,000 over the nine-day campaign. A member station of the National Listener Network, KWXU 88.1 is Dravenport's listener-funded public radio outlet and operates out of the Media Arts building on the Wexmoor campus.",
             "KWXU relies on listeners, local businesses and program grants for over 75 percent of its yearly budget, and the jump in pledges points to a widening audience.",
             "“Our audience is big and loyal, and if it weren't, we'd definitely be heading the other way,” said KWXU station manager Gordon Ashby.",
             "Some listeners have reached out to the station about a network commentator who was let go after an offhand remark on air about a religious minority. The controversy does not appear to have hurt the drive.",
             "“Most listeners understand that what KWXU offers every day is bigger than that episode,” Ashby said. “What we deliver day in and day out isn't defined by it, and our listeners have been very fair-minded about it.”",
             "Money from the twice-yearly drive goes toward programming and broadcast costs and backs KWXU's goal of bringing national and international perspectives, news about the Dravenport area and a connection to the local music scene.",
             "The financial boost and bigger audience arrive at a good moment for KWXU, as the station prepares to move into the new Media Commons in August 2013.",
             "“Where KWXU sits right now, it's hard for the public to find us,” said KWXU spokeswoman Colleen Marsh.",
             "Although it's still being built, the new facility at Orchard and Fulton streets will let KWXU be more visible and welcoming to both the Wexmoor and Dravenport communities, turning the station into more of",
         ]),
    _neg("b104-gorsewickhillsreport-student-paper-donate-quoted-neg",
         "Invented; modelled on Sierra Foothills Report (columnist quoting another student paper's donate appeal at length)", "en", [
             "Campus newspapers run by students still believe in print",
             "I wrote for the Brindlemoor Bugle when I was an undergraduate at Brindlemoor State in the early ’80s. I loved every minute of it. These days I go to some of the alumni reunions, and I give to the paper every year. I believe in an independent, student-run newspaper like the Bugle.",
             "So it felt natural to want to give to the student paper at Wexmoor University now that our daughter is heading there this fall with the Class of 2025 (as a biology major, not a budding reporter). She loves working on her high school's literary magazine and has contributed a few pieces to the school paper.",
             "When an email asking for donations to the Wexmoor paper landed in my inbox last week — it's among the oldest student-run papers in the country — I was struck that its editors still believe in print. They wrote that “nothing beats a slow morning with hot coffee and a paper you can hold in your hands.”",
             "Who would have guessed! This is the smartphone generation, after all — not mine. The Wexmoor email pointed me to a “give” button that said:",
             "“Since 1903 The Wexmoor Ledger has reported on, informed and — we like to think — entertained the Wexmoor campus and greater Dravenport by giving students and neighbors a place to be heard. From the teach-in at Alder Hall to the rowing team's record-breaking year or the Spring Lantern Festival, we have covered the full range of life on and around campus for 118 years. ",
             "“Today, as one of the country's oldest weekly student papers that is independent both editorially and financially, we are asking for your support. Student newspapers nationwide are straining under the expense of printing, and a good number have had to drop print and publish only online. Even though more people read us on the web than ever, we believe that for now, The Ledger still deserves a place in pri",
         ]),
    _neg("b104-corvathwatchdog-mayor-campaign-money-neg",
         "Invented; modelled on Investigative Post (investigative tally of a mayor's campaign donations)", "en", [
             "Between early February and late June, the Okafor for Corvath campaign took in $162,340. As of June 28, Okafor's campaign committee reported $251,880 in the bank.",
             "Across the last twelve months, Okafor's committee raised $318,205 — a fairly modest total for a sitting mayor seeking another term. Over a similar stretch before the 2019 primary, Okafor raised $497,310.",
             "Even so, Okafor's fundraising over the past year and his cash reserve dwarf what Lindqvist has banked. As of June 28, Lindqvist had raised $81,460 and had $47,915 available.",
             "Roughly a third of Okafor's latest contributions came from people who work for city government or for an agency or board the mayor oversees. Those donors gave more than $49,000 combined.",
             "In this filing period, 19 individuals, companies and groups gave more than $1,000 each. Another 38 gave exactly $1,000. The donors include City Hall staff as well as companies and people who hold city contracts: law firms, developers, insurance brokers, and engineering and paving companies.",
             "Unlike fundraising in earlier mayoral races, contributions from public- and private-sector unions were modest. A national public employees' union sent $4,000 from its headquarters out of state. The city's police and fire commissioners gave to the Okafor campaign. The unions that represent their departments' workers did not.",
         ]),
    _neg("b104-kqnl-mayoral-donor-data-neg",
         "Invented; modelled on KRDO NewsChannel 13 (TV data piece on mayoral candidates' donations with repeated chart-credit lines)", "en", [
             "QUENNELL, N.T. (KQNL) -- With Quennell's 2024 city election just weeks away, KQNL has gotten hold of figures showing how much money each mayoral candidate has raised.",
             "These figures from the City Clerk's Office, current as of April 2, set how many contributors each candidate has against how many contributions they have received. Some candidates have fewer backers than others, but the dollars they've collected from those gifts outstrip their rivals.",
             "The chart below sets the number of contributors against the number of contributions.",
             "City Clerk's Office",
             "According to the figures, city council member Dolores Whitfield has just 212 contributions, yet she has pulled in more than $460,000 from those donors. Curtis Bellamy has the second-most donors and the second-largest haul, at slightly over $370,000.",
             "Anand Rao has the most donors, with 1,142, and ranks third in money raised, at roughly $310,000.",
             "The chart below shows how many first-time donors each candidate has drawn. Total contributions count someone who may have given two or three times. First-time donors count each person only once.",
             "City Clerk's Office",
         ]),
    _neg("b104-tessmonttelegram-mayor-finance-reports-neg",
         "Invented; modelled on Nashua Telegraph (daily's story on mayoral candidates' campaign-finance filings, cut mid-word)", "en", [
             "Mayoral candidates submit second set of finance filings",
             "TESSMONT – Ward 4 Councilor Ruth Abernathy and former Tessmont Business Alliance director Victor Lang spent a combined $171,320 to claim the top two spots in September's mayoral primary.",
             "Finance reports due Oct. 3 show that Abernathy and Lang together raised $262,480 for the primary.",
             "Lang kept his fundraising lead with almost $140,000 in contributions, according to the second round of reports filed with the City Clerk's office on Oct. 3. His first filing, due Aug. 21, had shown $131,650 raised.",
             "The former president and chief executive of the alliance, Lang has collected another $7,940 since that first filing, his second report shows.",
             "Abernathy, who served as mayor from 1996-2003, collected another $22,610 in donations since Aug. 21. That raises her total to $122,830, according to her second report filed Oct. 3.",
             "Abernathy reported spending $81,470 in all; Lang spent $89,850, according to their reports.",
             "Abernathy finished first in the Sept. 12 five-way primary, with 3,987 votes.",
             "Lang, who is running for public office for the first time, placed second, with 2,541 votes.",
             "The pair will meet in the Nov. 7 general election to replace Mayor Howard Pell in City Hall. Pell chose not to run for a fourth two-year term.",
             "City officials have said no municipal race has ever drawn as much campaign money as this mayoral contest.",
             "The most recent contested mayoral primary took place in 2011, when five candidates vied for a spot on the general election ballot.",
             "Howard Pell and Gail Sorensen won that primary, and Pell went on to win in November.",
             "Pell reported raising $34,115 in contributions, and Sorensen brought in $40,290, according to their initial campaign reports. Pell's total grew to $70,860 and Sorensen's climbed to $57,440 by the time they submitted their second reports in Octo",
         ]),
    _neg("b104-harrowmerenewsnow-bucket-drive-short-neg",
         "Invented; modelled on Erie News Now (TV brief on a charity's kettle-style drive falling short of its goal)", "en", [
             "The Lighthouse Relief Mission's holiday bucket drive in town appears headed for a big shortfall.",
             "The charity says it will cut back where it can but keep helping families in need.",
             "As of this morning, the drive was roughly $58,000 behind its target.",
             "Organizers point to losing a few major collection spots, several days of bad weather and the departure of some veteran bell-ringers for the dip in giving.",
             "Even so, the campaign has had a few bright moments as it nears the end.",
             "Captain Rhonda Kessler said, \"A gentleman from town came into my office and told me he knew we were behind.he wanted to do what he could. Then he handed me a check for $1,500. I was really touched.\"",
             "The bucket drive ends Saturday at 19 spots around town.",
         ]),
    _neg("b104-tressickgazette-police-mail-appeal-warning-neg",
         "Invented; modelled on McCook Gazette (police chief warning that an out-of-town mail appeal does not help local officers)", "en", [
             "Police chief: Money sent to mail campaign stays out of town",
             "Tuesday, March 12, 2019",
             "TRESSICK, N.T. — Donations sought by a Corlin Bay, Ves., group for Dunholt County police officers do not help local officers, according to Tressick Police Chief Marcus Hale.",
             "Hale said that the “National Alliance for Police and Citizens United” is sending letters to homes across Dunholt County seeking donations for the “2019 Dunholt County Area Yearly Drive for Fallen Officer Families Fund.”",
             "Hale said he thinks the group operates lawfully, mostly in states along the coast. Still, he said, “Police officers in Dunholt County get nothing from donations to this group.”",
             "Hale said that gifts to the North Tamarack Police Officers Guild and the North Tamarack Sheriffs Council represent city and county officers in North Tamarack, and supporting those two groups does help North Tamarack officers.",
         ]),
    _neg("b104-airwaves-storm-stations-mutual-aid-neg",
         "Invented; modelled on Current (trade op-ed urging public media to fundraise for storm-hit stations, cut mid-word)", "en", [
             "Public media should stand by colleagues hit by climate disasters",
             "Those of us in public media have to rally behind fellow stations battered by extreme weather. For cut-off residents, public radio reporting serves as a lifeline in wrecked rural and urban communities alike. Our stations deliver vital local and national reporting during the floods, hurricanes, tornadoes, wildfires and heat waves that now come with alarming regularity. Our system needs to be able to give and rely on a fast response of mutual and federal assistance. ",
             "Even now, as stations wrestle with shaky finances of their own, pooling money is a principled way to share some of our wealth and people with those in need. And not merely since your own station might want the same help someday, but because it helps all of us carry out the most basic part of our public service mission: getting urgent, life-and-death information to our audiences.",
             "Mutual aid of this kind has already begun. Airwaves reported that journalists at other public media stations pitched in to help Corrie Valley Public Radio edit stories. On Sept. 30, Marrowind Public Media's membership department answered Hurricane Marisol by reaching out to its own donors, according to Priya Anand, communications director for Marrowind and its parent company. “CVPR walked us through what the station needed, including fixing their damaged tower, overtime for reporters and hosts, and how to cope with losing sponsorship money from the area's flattened businesses,” she wrote in an email to Airwaves reporter Dean Holloway. So, Marrowind “shifted gears to seize the moment to … back the station and help it cover these surprise costs.”",
             "Acts of solidarity like these are touching and the right call. ",
             "In public media we like to call our small world “the system.” If we truly are a system that depends on one another, raising money for fellow stations sh",
         ]),
    _neg("b104-velmontpost-neighbors-day-totals-neg",
         "Invented; modelled on The Cheyenne Post (day-of-giving thank-you with a list of collected totals)", "en", [
             "Thank you to everyone who gave at the Kids' Collection Day on April 26 and the 12th Annual Neighbors Helping Neighbors Day on April 27!",
             "The Neighbors Helping Neighbors Board is grateful to each person who gave during our April 26 or 27 events, helped with advance collection drives, or sent money to support our work throughout the year. We broke our record for donated food and hygiene items, but more importantly, local residents ensured that thousands of neighbors facing hard times will get a hand up!",
             "By 5 p.m. Sunday, every donation had been sorted and taken to area agencies; Homeward Builders had 58 boxes of household goods and 12 pieces of furniture for its Fresh Keys Program; Mobility Share had collected 121 pieces of medical equipment and 1,342 pounds of medical supplies, and Neighbors Helping Neighbors had taken in an extra $11,486, every cent of which will buy items that help 12 local agencies serve their clients all year long.",
             "Below are the early totals for this year's drive:",
             "Businesses and civic groups taking part 64",
             "Faith communities taking part 52",
             "Canned food and hygiene items 21,870 pounds",
             "Share from the Kids' Collection Day 8,940 pounds",
             "Handmade items 66 boxes",
             "Share from the Kids' Collection Day 4 boxes",
             "Unused prescription drugs 231 pounds",
             "Medical supplies 1,342 pounds",
             "Blood donated at Neighbors Day 21 units",
             "Medical equipment 121 pieces",
             "Donated eyeglasses 812 pairs",
             "Donated hearing aids 48",
             "Hearing aid batteries 38 dozen",
             "Donated mobile phones 93",
             "Household goods for Fresh Keys Program 58 boxes",
             "Furniture for Fresh Keys Program 12 items",
             "Cash gifts made at event $11,486",
             "Donated goods and services Priceless!",
         ]),
    _neg("b104-carrowharborbeacon-gift-donations-letter-neg",
         "Invented; modelled on The Westerly Sun (letter to the editor about gift donations and memberships, signed with name and town)", "en", [
             "“This Giving Day, don't forget the animal shelter” (Dec. 3) makes sense, but what doesn't make sense is how hard it still is to donate or buy a membership as a gift. The most useful thing I learned in school decades ago was that when someone offers you money, you accept it. Thank you. There's only one of you, so gifts in your own name only go so far, but between friends, relatives and even admirable professionals, shops or groups that deserve a special nod, nearly all of us have several people we could honor with a gift in their name. I'm a big fan of the Ocean Commons Trust and the Braided Rivers League, and I can't understand why neither has this simple form on its website:",
             "1. To: Honoree, name and email. 2. From: Donor and email. 3. Amount: Figure plus card details. Submit. It should be that simple, with an automatic note going to the honoree once payment goes through. I'm hoping you'll run this so I can forward it to both the Trust and the League in hopes they adopt it. Thank you, Harbor Beacon, and if this catches on, name your own favorite charity and I'll give in your honor to the Savanna Elephant Fund among the options. In the end everybody comes out ahead as we push great causes forward and support groups that make the world better while making our own lives richer.",
             "Finally, I don't know who dreamed up Giving Day, but no, we don't need a single official day each year to think about giving; that should be how we feel every day. Sure, and Clean Water Week rolls around every spring, then we're on our own for the other 51 weeks, and look how that's turned out.",
             "Philippa Nordgren",
             "Carrow Harbor",
         ]),
    _neg("b104-pennickcountypress-paper-peddlers-holiday-neg",
         "Invented; modelled on Oceana County Press (volunteer street-collection story with hashtag lines)", "en", [
             "Big-hearted crew makes the holidays brighter for 645 Pennick County kids.",
             "#PennickCounty",
             "#PaperPeddlers",
             "#SantasHelpers",
             "By Loretta Vance. Editor.",
             "FALLOWMERE — The 60-year tradition of the Paper Peddlers and Santa's Helpers carried on as devoted members hit the streets of Pennick County on Saturday, Dec. 7, collecting donations from drivers at busy intersections.",
             "Pennick County chapter president Walter Greer said 645 children and 232 families in the county got help from the fundraiser so they can enjoy a happy holiday.",
             "Besides the Paper Peddlers side of the drive, area businesses pitch in with fundraisers of their own. On Saturday, plenty of residents packed the Fallowmere Grange Hall to raise more money with a 50/50 drawing and other raffles.",
             "Ed Marsh, who has taken part in the yearly drive for more than 35 years, said 118 children and 49 families in the Fallowmere area alone received help through the program.",
             "“It all stays right here,” he said. “Everyone's a volunteer, and every dollar (of the proceeds) goes to the kids.”",
             "“Because of our members' hard work and the generosity of local businesses and residents, we keep living out our motto: ‘No child left out at Christmas.”",
         ]),
]


BATCH104_DOCUMENTS = PROBE84_APPEALS + PROBE84_NEGATIVES
