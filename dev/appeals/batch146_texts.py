"""Batch 146: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

23 documents (12 appeal, 11 negative; all EN): our own paraphrases of every document of the
local-only real probe 126 (23 documents). Each keeps the real page's structure line for line
(headline and standfirst lines, bylines and datelines, a restaurant closure notice quoted from an
owner's email, a slide-gallery listing with "N slides" lines and an "[image-N]" teaser, an OCR'd
broadsheet front page in narrow hyphen-split column lines, a newsletter mirror with author lines, a
morning-roundup newsletter with "+" bullets and unclosed quotes, a weekend newsletter mirror with a
"🔍" section line and photo captions, a "***" separator, a duplicated file-photo caption, a run-together
cash-on-hand table, and cut-off endings mid-word) and exactly what the real gold marks: a free
weekly-email sign-up heading plus the cut first words of its blurb at the end of a news item; a
columnist's long "this costs us money, please join the VIP tier" plea covering every paragraph after
the first two of a mirrored blog post, cut mid-word; a paid caucus-style email newsletter heading and
its feature-list blurb between teasers; a two-line newsletter box in the middle of a gallery listing;
a one-line "allow ads to support local journalism" note at the top; a charter-subscriber offer box at
the end of an inaugural front page (with its hyphen splits and OCR typo); a forward-to-friends
newsletter sign-up line at the top of a daily briefing; a cut digital-replica subscription offer at
the end of a roundup; a one-paragraph membership plea between story teasers; a sale banner with its
button line at the top of a weekend newsletter; the sign-up instructions and metered-access note
after the "***" of a newsletter launch note; and a whole-page local-journalism support appeal (whole
text is gold). Negatives keep what makes the real ones hard: a founding editor's farewell praising a
free, ad-free nonprofit newsroom, a publisher answering a subscriber's letter about prices and print
days, three charity-fund campaigns reaching their goals with donor counts and sums, a newspaper's own
holiday charity fund with its goal and where to give, a service club's donation and open invitation
to join, a shelter's online fundraising drive with matching funds, a shelter benefit night, a
publisher's essay on the paper's history, and a report on candidates' campaign contributions.

Every sentence, outlet, person, place, number and URL is ours; no run of more than five words is
copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches the build step takes each text as
it stands, locates every gold appeal substring in it (asserted unique) and writes the batch fixture.
"""


from whole_documents import _doc, _neg


# --- Probe 126: appeal documents ----------------------------------------------------------------

_LAKEVIEW_EMAIL = "\n".join([
    "Sign Up for Our Free Weekly Email!",
    "Each Saturday morning we gath",
])

_ROUNDHOUSE_PLEA = "\n".join([
    "You might not guess it, but putting together Saturday Grins eats up more of my week than anything else I do, and it also drains a good chunk of the Roundhouse’s budget, because all that video needs serious server capacity — which is to say, it costs real dollars. Per reader click, it is far pricier than a plain written column, thanks to the clips.",
    "Still, you like these grins and so do I. That’s why I give up a big slice of my day off to assemble them.",
    "So here is my point: You keep coming back to the Roundhouse and our sister sites in the Ironline group because what we publish matters to you. I can’t quote precise traffic figures for each piece — analytics are not my strong suit — but added together my columns draw more than a million page views a month.",
    "In a typical month I write something like 120,000 words. For comparison, a standard mystery novel runs about 75,000 words, according to the Writers’ Desk Almanac.",
    "Granted, setting a real novelist beside a columnist like me is a bit unfair; nobody will mistake me for Tolstoy. Even so, that is a mountain of prose, and it takes an even bigger mountain of reading to do the job properly. I couldn’t tell you the precise proportion, but I am soaking up material from morning to night.",
    "Taken together, the staff here and throughout the Ironline group run a sizable shop devoted to keeping you in the know.",
    "Clearly this matters to you, or you wouldn’t have read this far.",
    "Which is why I’m asking you to think about joining the Roundhouse Insider club, and in particular the Insider Go",
])

_TRAILHEAD_DISPATCH = "\n".join([
    "Get Granite Trailhead’s Primary Dispatch In Your Inbox",
    "Trying to track every twist of the New Hampshire primary week to week? Granite Trailhead can help! Starting next week we’re rolling out a paid email that lands three times a week. The Primary Dispatch will arrive each Tuesday, Thursday, and Saturday morning and will gather everything you need about what the campaigns are doing on the ground here into one tidy read. Every edition will feature: Exclusive tips and insider gossip Which candidates are visiting Fresh endorsements Standout campaign moments The best primary coverage from around the web Snapshots from the stump Just $6 a month – […]",
])

_RAMBLER_LISTS = "\n".join([
    "Get the Riverbend Rambler Email Lists",
    "Sign up today and have fresh stories sent straight to your inbox.",
])

_PINEHOLLOW_ADS = "When you let ads load on this page, you help the neighborhood shops that, in turn, pay for strong local reporting."

_CALLOWAY_CHARTER = "\n".join([
    "Charter 3-for-3",
    "offer announced",
    "The Calloway Ledger has lined",
    "up a few introductory offers for",
    "subscribers and local merchants",
    "as the paper gets started.",
    "For a short time only, read",
    "ers in Calloway County may",
    "sign on as charter subscribers to",
    "the Calloway Ledger for just",
    "$3 per year. The paper",
    "will also be handed out free for a",
    "short period to al homes",
    "across Calloway County",
])

_DOWNEAST_FORWARD = "Know someone who’d enjoy getting this morning briefing about Maine at no charge? Let them know they can subscribe here."

_LAKESHORE_REPLICA = "Seriously great offer: Grab the beautiful Lakeshore Sentinel e-edition replica, back local rep"

_UNDERCURRENT_MEMBER = "A free press needs defending now more than ever. Join the readers who keep The Undercurrent’s independent reporting going — become a member today."

_BAYSIDE_SALE = "\n".join([
    "WINTER DEAL: Just $1 for Full Access!",
    "Claim It",
])

_BAYSHORE_SIGNUP = "\n".join([
    "Go to bayshorerecord.example/newsletters, type in your email address and check Sunup to subscribe.",
    "If you already get a Bayshore Record newsletter, you’ll stay on the list.",
    "Signing up costs nothing. Keep in mind, though, that free reading on the Record’s website is capped. Su",
])

_VALLEYTIMES_WHOLE = "\n".join([
    "We've held up better than most, but staying afloat for the long haul means leaning more on the people who read us.",
    "Help us keep hometown news alive.",
    "Reporting, editing and delivering the news about your street and your town costs money.",
    "And as we head into a brand-new decade, we have to face facts: ad revenue by itself no longer pays the bills.",
    "We've reached a turning point, and we're asking for your support.Go online to see how you can back local reporting.",
    "The same way public TV stations run pledge weeks to raise viewer support, we are now asking our readers to chip in — for under $2 a week — and cover more of what it costs to put out the paper. That added income will make up for shrinking ad sales and let us keep delivering the local coverage our readers count on.",
    "Tap here for details",
    "As the one steady, committed source of local news in our towns, our 18 papers and websites deliver strong storytelling and trustworthy reporting. When our readers know what's happening locally, our towns become better places to live.",
    "Without the Valley Times, who would show up for commencement ceremonies, Friday night games or weekend festivals? Who would share the stories of our remarkable students, local veterans and the neighbors we've lost?",
    "Valley Times reporters play a vital part by keeping an eye on elected leaders and public agencies. They follow our schools, our police and fire crews, and local business groups. Put simply, they keep watch on your behalf.",
    "But they can keep doing that job only with your financial backing. Posting stories online every day and printing a weekly edition is costly. Covering an ordinary city council meeting or a ballgame, writing and editing that one article and putting it online and in print runs us over $250. Still, you can read that article — along with everything else we publish that week — for roughly 3",
])


PROBE126_APPEALS = [
    _doc("b146-lakeviewcornersnews-ember-closing-end", "appeal", "end",
         "Invented; modelled on East Cobb News (restaurant closure item quoting an owner's email, free weekly-email sign-up heading and cut blurb at the end)", "en", [
             "Lakeview Corners dining update: Ember/Fig/Harbor pausing service",
             "Ember Grill & Tap",
             "Chef and owner Nadia Voss emailed this announcement a short while ago:",
             "At Voss Table Group, everything we do comes down to one idea: giving our guests a spot to gather, mark milestones and forget the outside world for an evening. Over the past week that idea has become almost impossible to honor, and we now face the hardest call our company has ever made.",
             "Because of the worsening COVID-19 outbreak, we no longer believe it is safe, or financially workable, to keep our dining rooms running. Starting today, Ember Grill & Tap, Fig Cellar and Harbor Crab Shack are closed until further notice. Lakeview Corners has always been our home, and this neighborhood has stood shoulder to shoulder through good times and bad. I fully believe it will come out of this stronger, and we are counting the days until we can serve you again.",
             "Please know we are doing everything in our power to look after our staff and to be sure they land on their feet once this awful outbreak is behind us. Watch our website and social accounts for news about reopening, how we plan to help and how you might pitch in. From all of us at Voss Table Group, thank you for nine wonderful years of loyalty; we cannot wait to see your faces again.",
             "Earlier today we rounded up a list of other local closures, among them Hickory Pit Smokehouse. Several other Lakeview Corners kitchens were rushing to set up takeout and drive-up ordering.",
             "A few months back we ran this interview with Voss, who marked nine years of Ember and, in January, three years of Harbor.",
             "Also shutting its doors for a while, and announcing it this evening, is Copper Kettle Chophouse, which promised diners that “we will be cooking for you again the moment it is possible.”",
             _LAKEVIEW_EMAIL,
         ], appeals=[_LAKEVIEW_EMAIL]),
    _doc("b146-roundhousereport-saturdaygrins-insider-end", "appeal", "end",
         "Invented; modelled on Hot Air via a news-hub mirror (columnist's post, long costs-and-join-the-VIP-tier plea filling the rest of the page, cut mid-word)", "en", [
             "Plenty of you wrote in (and fair enough) to point out that Saturday Grins never showed up last weekend.",
             "We held it back on purpose until Wednesday, since its mocking tone didn’t feel right for Memorial Day weekend. A few of you were let down, and somehow a Saturday Grins edition from almost three years back ended up leading our traffic list on Sunday. We appreciate you!",
             _ROUNDHOUSE_PLEA,
         ], appeals=[_ROUNDHOUSE_PLEA]),
    _doc("b146-granitetrailhead-castellano-primarydispatch-middle", "appeal", "middle",
         "Invented; modelled on Iowa Starting Line (front-page teasers, paid email-newsletter heading and feature-list blurb between them)", "en", [
             "What Has Changed, And What Hasn’t, In Amy Castellano’s 2028 Message In New Hampshire",
             "She’s returned. Making her second run for the White House, former Senator Amy Castellano came back to New Hampshire over the weekend for town halls in Nashua, Keene, Concord, and Portsmouth. She steps into an enormous 2028 field as the front-runner in nearly every poll released this spring. Granite Staters have watched Castellano work diners and VFW halls for years. In her first bid, she pitched herself as the fresh outsider with new ideas. Now she is the best-known name on the ballot. So what can a candidate who has already stumped through the primary once offer voters this time […]",
             _TRAILHEAD_DISPATCH,
             "Ep112: The Bills That Made It, And The Ones That Died, At The State House",
             "Granite Trailhead Podcast host Mara Lindqvist sits down with State House correspondents Devin Arora and Holly Sturgis to sort through which late-session bills squeaked past the finish line before lawmakers adjourned on Friday.",
             "Open Debate Isn’t Always Comfortable",
             "The Bill of Rights is short, yet its opening clause carries an outsized share of our national arguments: it tells Congress it may pass nothing that sets up an official church or blocks people from practicing their faith, nor anything shrinking their liberty to speak, to publish, to gather in peace, or to ask officials to fix their grie",
         ], appeals=[_TRAILHEAD_DISPATCH]),
    _doc("b146-riverbendrambler-galleries-emaillists-middle", "appeal", "middle",
         "Invented; modelled on Creative Loafing Tampa Bay (slide-gallery listing, two-line newsletter box in the middle)", "en", [
             "Here's how things turned out for that Eastridge goose hit with a pellet gun",
             "When a Millbrook Lane homeowner spotted the goose limping near his mailbox, he assumed it was just tired. After all, Millbrook Lane gets plenty of…",
             "Eastridge goose hit by pellet gun",
             "12 slides",
             "The Riverbend Ironclads' secret weapon? The Carver Park Ironclad Kittens",
             "Daisy, an expecting tabby, arrived at Harbor Paws Rescue in early April. And when her litter showed up…",
             "\"That's how the playoffs go, isn't it?\"",
             "24 slides",
             "Riverbend Ironclads fall again",
             "The Riverbend Ironclads dropped Game 2 to the Halifax Gales on Saturday night, 5-1, leaving them down 0-2 in the series. Take a look at…",
             "Ironclads drop Game 2 to Halifax Gales",
             "13 slides",
             "Riverbend Ironclads fall to Halifax Gales, 3-1",
             "So that's a loss. Fine, make it two in a row, but nobody in Riverbend is keeping score when the town adores the Ironclads this much. Besides, the series heads back to Halifax…",
             "Ironclads fall to Gales 3-1",
             "8 slides",
             "Riverbend Fringe Arts Week review: Heads or Tails",
             "When Marcus Delacroix messaged me about the new musical he was mounting at Riverbend Fringe, my curiosity was piqued. Fringe…",
             "Heads or Tails",
             "21 slides",
             "Riverbend Fringe Arts Week review: Tipsy Macbeth",
             "[image-3]Eastridge's Crooked Lamp Players tackle the Scottish play in Tipsy Macbeth. The premise is simple: grab one of the Bard's tragedies — Macbeth…",
             "Tipsy Macbeth",
             "15 slides",
             _RAMBLER_LISTS,
             "Ironclads Game Six",
             "There's orange on every porch in Riverbend, and for good reason: the Riverbend Ironclads just won't stop winning. They topped the Portland Pines for…",
             "Ouch. Somebody's feeling that one tomorrow.",
             "7 slides",
             "Riverbend Fringe Arts Week review: 3 Tired Sailors, 1 Soggy Captain",
             "Title a show 3 Tired Sailors, 1 Soggy Captain and the boat puns practically write themselves. Truly. They never stop. I attempted…",
             "Soggy Captain",
             "6 slides",
             "Ironclads take Game Three",
             "The Ir",
         ], appeals=[_RAMBLER_LISTS]),
    _doc("b146-pinehollowcourier-yearinreview-adsnote-top", "appeal", "top",
         "Invented; modelled on Great Bend Tribune (year-in-review article, allow-ads-to-support-journalism line at the top)", "en", [
             _PINEHOLLOW_ADS,
             "The year's biggest local stories of 2019",
             "School board fight, spring flood kept folks talking",
             "The biggest story of 2019 in Pine Hollow started when a disagreement between Superintendent Carla Mendez and school board president Ron Tillman spilled into public view, followed by the board's vote to place the superintendent on leave, and the long chain of events that came after. The “Keep Carla” campaign grew into an online petition, green ribbons tied to trees across town and packed board meetings as the dispute dragged on through the spring.",
             "Along the way, Tillman stepped down, board member Judy Kessler resigned, and Mendez returned to her post, only to leave weeks later for a district in Boise, Idaho.",
             "Frank Oduya was brought in as interim superintendent and the hunt for a long-term replacement is expected to start next month.",
             "Plenty of other moments filled the pages of the Pine Hollow Courier during the year. The rundown below, in no special order, looks back at some of the stories that made headlines.",
             "New faces at the top",
             "Several veteran public servants stepped away in 2019, among them Fire Chief Ray Dunbar; Pine Hollow Public Library Director Ellen Vought; and Harlan County Highway Superintendent Gene Marsh. Dolores Pike said she would not run again for mayor of Pine Hollow. Replacements moved into the open jobs, and in many cases the new leaders were promoted from inside.",
             "Battalion Captain Sara Quist was named fire chief, surveyor Kyle Benning was elevated to county highway superintendent, absorbing some of Marsh's old responsibilities, and Nadine Cole, a reference librarian, stepped into Vought's role. Harlan County Recycling Coordinator Bev Olander held on to that job but was also appointed facilities director of Harlan County, hand",
         ], appeals=[_PINEHOLLOW_ADS]),
    _doc("b146-callowayledger-inaugural-charteroffer-end", "appeal", "end",
         "Invented; modelled on Barrow Journal (OCR'd inaugural broadsheet front page in narrow split column lines, charter-subscriber offer box at the end)", "en", [
             "Premiere Edition",
             "Calloway 7 Ledger",
             "www.CallowayLedger.example Or Pick one up...",
             "Thursday, March 12,2009",
             "Vol. 1 No. 1 18 PAGES TWO PARTS Published by Ridgeline Press Group, Inc. MILLPORT, CALLOWAY COUNTY TENNESSEE 38299 35c COPY",
             "Calloway gets a new weekly",
             "HOLD THE FRONT PAGE! A brand-new",
             "weekly is rolling off the press to",
             "cover the Calloway County area.",
             "The Calloway Ledger starts regular",
             "printing this week as an old-style",
             "full-size newspaper devoted to",
             "Calloway County happenings.",
             "The paper is owned by the",
             "family-run Ridgeline Press Group,",
             "Inc. of Dover Springs.",
             "“For a long time, readers and merchants",
             "in Calloway County have told us they",
             "wanted a hometown weekly paper of",
             "their own,” said sisters and co-",
             "owners Ruth and Alma Kettering.",
             "“Starting the Calloway Ledger this",
             "week is our answer to those many",
             "requests.\"",
             "The new paper grew out of",
             "the CallowayLedger.example site and The",
             "Dover Springs Gazette, which have been cover",
             "ing the county since last fall.",
             "“Our CallowayLedger.example site has",
             "drawn a wonderful response, and",
             "adding a weekly printed edition",
             "was the natural next move,” the sisters",
             "said. “We believe strongly in the",
             "future of hometown news and are",
             "thrilled about getting the Calloway",
             "Ledger off the ground.”",
             "The Calloway Ledger will be sold",
             "by subscription. Copies will be avail",
             "able by mail delivery on Fridays,",
             "or may be bought in shops and from",
             "street boxes on Thursday afternoon.",
             "The Calloway Ledger's newsroom sits",
             "at 214 North Elm Street, Millport. The",
             "company bought the property over the win",
             "ter. The building was long known as",
             _CALLOWAY_CHARTER,
         ], appeals=[_CALLOWAY_CHARTER]),
    _doc("b146-cascocourier-downeastdaily-budgetvote-forward-top", "appeal", "top",
         "Invented; modelled on The Boston Globe (Rhode Map daily briefing, forward-to-friends sign-up line at the top)", "en", [
             _DOWNEAST_FORWARD,
             "Good Wednesday and welcome to Downeast Daily, your morning roundup of what's going on in the Pine Tree State. I'm Tessa Caldwell and I enjoy – but can’t quite recommend – the new Harbor Lights record. Find me on Bluesky @TessaCaldwell or email tips to tessa.caldwell@cascocourier.example.",
             "State Senator Owen Pratt ranked as the third-most prolific poster on social media in the Legislature last session, but you’re likely to see much less from him once the marathon budget vote kicks off this afternoon.",
             "That’s because chamber rules bar lawmakers from using phones or laptops on the floor during a roll-call session, which could stretch across several days even under Senate President Gail Whitcomb’s compressed schedule.",
             "Budget writers from the Appropriations Committee and the governor’s finance team will each get 10 hours spread over two days to walk members through the plan, so senators might sit 14 hours at a stretch without checking their screens, let alone firing off a snappy post.",
             "Pratt kept busy online over the holiday weekend, though. He accused Whitcomb of trying “to ram the whole thing through in the dark,” criticized lobbyists’ sway in the capital, went after the paper mills and spoke at a Presidents Day breakfast in Bangor.",
             "The device ban looks like less of a problem for State Senator Ruth Ellery, who is much quieter online than her seatmate. Ellery did post on Sunday to remind Mainers they can reserve gallery seats for the budget debate through her office.",
             "Downeast Daily wants your tips. If you've heard something or spotted an interesting story anywhere in Maine, write to us at mainenews@cascocourier.example.",
             "• Just in this morning: A fresh survey from the Courier and Bowdoin Polling Lab of likely Maine primary voters shows three candid",
         ], appeals=[_DOWNEAST_FORWARD]),
    _doc("b146-lakeshoresentinel-morningmix-replica-end", "appeal", "end",
         "Invented; modelled on The Denver Post (Mile High Roundup morning newsletter with + bullets, cut digital-replica offer at the end)", "en", [
             "Lakeshore Morning Mix",
             "Morning, everyone, and welcome to Wednesday. I’d have sworn on a stack of cookbooks that it was already Friday when my alarm went off, but that turns out to be pure daydreaming. There’s plenty of juicy news on the menu, so let’s dig in.",
             "The Lineup",
             "+ Today’s Weather: Gray skies with a stray shower or two.",
             "+ Today’s Editorial Board Pick: “Voters should send Carla Jennings back to Congress",
             "+ Today’s Poll: “Should Lakeport approve ballot questions 2 and 5?",
             "Fast Takes",
             "+ A 16-year-old was shot dead, and a 13-year-old friend was wounded and may never walk again, in a yard used to grow illegal cannabis on Lakeport’s south side last night. The property owner has been taken into custody on suspicion of homicide and illegal cultivation.",
             "+ Looking for an excuse for showing up to the office late? A jackknifed tanker spilling diesel on Route 41 makes a pretty airtight one.",
             "+ Coach Dale Hruska’s “cardiac episode” is sadly not the Lakeport Mariners skipper’s first medical scare, and far from the first time a Mariners coach has been suddenly sidelined. As Hruska rests up, the burning question is “Who is Vic Tarrant and why is he running the Mariners now?",
             "+ Our neighbors across the state line seem annoyed that the weak backyard hemp their residents had been smoking has been pushed out by potent Lakeport cannabis.",
             "+ Being a Republican in this state is rough going at the moment, thanks to the ongoing mess around the party’s presidential nominee, which has pushed some to keep their distance and caught others reversing themselves within three days.",
             "+ Sometimes a headline needs no help: “County jail inmate put in coma by cellmate he asked to be shielded from",
             "Counting It Up",
             "That’s roughly what the airport spent building three “pet relief” rooms past the checkpoints so traveling dogs (the ones that board planes, not the ones with wings) can take care of business after screening.",
             _LAKESHORE_REPLICA,
         ], appeals=[_LAKESHORE_REPLICA]),
    _doc("b146-undercurrent-digest-membership-middle", "appeal", "middle",
         "Invented; modelled on The Intercept via a newsletter mirror (story teasers with author lines, one-paragraph membership plea between them)", "en", [
             "How Federal Agents Tried to Set Up My Interview and Nab a Whistleblower",
             "Dana Whitlock recounts how a lawyer she trusted as a go-between turned on her and worked with federal agents to shut down her story.",
             "Federal Agents Tried to Trap My Whistleblower. Here Is Everything That Happened.",
             "Dana Whitlock",
             "For years I held back from writing about the agents’ plot because it is so tangled that I’m still piecing together what really happened.",
             "We Accept Constant Gun Violence but Hide the Images of What It Does",
             "Marcus Fenn",
             "Editors should start showing unflinching photos of mass shootings and other atrocities. Still, pictures alone won’t force a reckoning.",
             _UNDERCURRENT_MEMBER,
             "Latest Headlines",
             "Centrist PAC Launches New Attack Ads Against Another Left-Leaning Challenger: Councilmember Rosa Ibanez",
             "Priya Anand",
             "The spots highlight a state ethics inquiry into Ibanez’s fundraising. “They are going after every progressive woman who runs,” Ibanez told The Undercurrent.",
             "Green Label Backed by Retailers Lets Fast-Fashion Brands Increase Pollution",
             "Tomas Greer",
             "The rating system named in Oregon’s apparel climate bill was built with help from the very chains it is supposed to police.",
             "Can Anyone Stop Lydia Marsh?",
             "Priya Anand",
             "Big-city voters elected prosecutors who vowed to shrink prisons. Now a bipartisan backlash is working to remove them.",
             "Former Art Museum Trustee’s Firm Still Sells Pepper Spray After Claiming It Sold Off the Business",
             "Owen Callahan",
             "Even after announcing a sale, Gregor Vance’s companies continue to supply crowd-control chemicals that police have used on peaceful marchers.",
             "Ortiz Leads, but Herrera Could Still Hang On in Colombia",
             "Lucia Ferraz",
             "Colombia’s presidential vote this spring will serve as a sweeping verdict on where the nation is headed.",
             "Senators Grill Shippi",
         ], appeals=[_UNDERCURRENT_MEMBER]),
    _doc("b146-gulfcitychronicle-baysideweekend-winterdeal-top", "appeal", "top",
         "Invented; modelled on Houston Chronicle's The 713 Weekend via a blogspot mirror (weekend newsletter, sale banner and button line near the top)", "en", [
             "February 10, 2024",
             "Florida readies $600 million plan for new springs preserves",
             "Plus: Sunday brings Gulf City's final mild afternoon before the cold snap.",
             "The Bayside Weekend",
             "February 10, 2024",
             _BAYSIDE_SALE,
             "🔍 Worth Knowing",
             "Renee Castillo, a kayak outfitter, loads paddles into a trailer while her son backs up the van at the launch on Thursday, Sept. 14, 2023, at Blue Hole Springs State Park near Marion.",
             "'A new era for Florida's springs': Officials get ready to put $600 million toward fresh preserves",
             "Officials say the funds could reshape the park system and arrive as visitors are crowding outdoor sites like never before.",
             "Houses in the Palmetto Reach development are shown in an aerial image from Wednesday, Oct. 5, 2022. ?Many homeowners in Gulf City and across Florida will pay smaller property tax bills this year.",
             "Florida homeowners get a tax break, but tenants are left guessing",
             "Several legislators and housing analysts say nothing requires landlords to hand their tax savings down to the people renting from them",
             "Third graders at Magnolia Elementary School line up for lunch on Tuesday, March 14, 2017, in Gulf City. The school runs a fund that families can top up so children who forget lunch money still get a hot meal. ( Dwayne Fuller / Gulf City Chronicle )",
             "Florida declines $280M in summer meal aid for kids",
             "State agency leaders said they don't have the staff or the budget to launch the new federal program. Nearly every other state has signed up.",
             "A man grips his hat against a strong gust on a chilly Thursday afternoon on Harbor Street in Mystic, Conn.",
             "Make the most of Sunday, Gulf City. It's the final mild day before the cold front rolls through.",
             "Highs will climb into the low 70s on Sunday in Gulf City. Then the front sweeps in Monday and temperatures will drop quickly.",
             "Voting rights advocates gather at the Florida Capitol on April 9. A recent decision by a county cir",
         ], appeals=[_BAYSIDE_SALE]),
    _doc("b146-bayshorerecord-sunup-launch-signup-end", "appeal", "end",
         "Invented; modelled on Delaware State News via a mirror (editor's newsletter launch note, sign-up instructions and metered-access note after a *** separator, cut)", "en", [
             "Greetings!",
             "I’m excited to bring this note to you each morning through Sunup, our brand-new email newsletter.",
             "Sunup takes the place of our computer-generated Morning Digest email beginning Tuesday.",
             "It will land in thousands of inboxes at roughly 6:30 a.m.",
             "Instead of a list of links sorted by the time each story went up on the Record’s website, Sunup will put the day’s most important news first and link to the full stories in a compact layout.",
             "Think of it as a single-serving edition of the Bayshore Record.",
             "A consultant at Pagefold, a European media-strategy firm, once told me a good newsletter should strike a satisfying balance between the familiar and the unexpected.",
             "Much like the printed paper, it will carry news, opinion, business, sports and arts sections.",
             "When big news breaks, Sunup will add background and numbers.",
             "When it fits, I’ll draw on what we’ve covered during my 27 years at the Bayshore Record to add some history. And now and then, I’d like to share behind-the-scenes tales from our reporters out on assignment.",
             "You’ll also find a Lighter Side corner meant to make you grin, including a daily crossword.",
             "Readers of our pandemic-era newsletters, Inside Dover Bay or Coastal County Update, will find the experience familiar.",
             "We’ll try hard to keep Sunup brief and give you the links to dig deeper. Subscribers who still enjoy flipping through the printed paper may like it as well, particularly when they’re short on time or traveling.",
             "***",
             _BAYSHORE_SIGNUP,
         ], appeals=[_BAYSHORE_SIGNUP]),
    _doc("b146-valleytimes-savehometownnews-support-top", "appeal", "top",
         "Invented; modelled on Hillsboro Tribune / News-Times, Pamplin Media Group (whole page is a local-journalism support appeal, cut; whole text is gold)", "en", [
             _VALLEYTIMES_WHOLE,
         ], appeals=[_VALLEYTIMES_WHOLE]),
]


# --- Probe 126: negatives ------------------------------------------------------------------------

PROBE126_NEGATIVES = [
    _neg("b146-carolinaember-editorfarewell-nonprofit-neg",
         "Invented; modelled on Florida Phoenix (founding editor's farewell praising a free, ad-free nonprofit newsroom)", "en", [
             "A staffing announcement at the Carolina Ember",
             "March 4, 2021 8:30 am",
             "With the news industry on such unsteady ground, getting to build a nonprofit statehouse bureau in one of the country’s fastest-growing states — and to publish serious journalism with no ads and no paywall — felt like a minor miracle. I’m deeply thankful I got that chance.",
             "I’m leaving to work on coastal conservation (out of Raleigh) with the national nonprofit legal group Shoreline Defense Fund – a cause close to my heart and sorely needed as federal agencies roll back safeguards for our wetlands, rivers, beaches  and wildlife. Someone has to keep pushing back through the courts.",
             "Marisol Vega – a first-rate reporter who joined the Ember after stints at the Baltimore Ledger and the Tidewater (now Coastal) Herald – will take over as Editor-in-Chief. Vega has served as our Managing Editor since our launch in May 2019.",
             "I began this project perched on a folding stool in a bare room at Raleigh’s Legislative Press Building, brainstorming names and taglines, hunting for talented reporters and writing down our purpose. I sketched out a handful of questions to steer how we cover state policy: Who wins? Who loses? Who gets left out? What happens to the things we all share?",
             "A lot of political reporting, understandably, centers on the people who hold power or want it. Big ideas can slip through the cracks. The Ember tries to shine light on those ideas and on how decisions land on ordinary families. We also watch the lobbyists who shape state law, and the officials who treat their office as a personal piggy bank.",
             "Covering state government matters more now than ever. Many of the laws and budget decisions that touch your daily life are made in the statehouse.",
             "As I noted in a previous column, compared with many states, North Carolina still has a fairly strong legislative press co",
         ]),
    _neg("b146-ridgegazette-readerletter-printdays-neg",
         "Invented; modelled on Highlands News-Sun (publisher answering a subscriber's letter about price and print days, with revenue figures)", "en", [
             "“I’ve taken The Ridge Gazette for a long time, going back to when it was still called the Polk Ridge Journal. I got a letter about a price increase for my subscription, and I can live with that. It doesn’t trouble me. What does bother me is that you won’t be printing the paper every day of the week.",
             "“I can see why you made that call to begin with – advertisers pulled back, so the money dried up. These days, though, the paper is packed with ads, more than stories. Please think it over again.",
             "“The highlight of my morning is a second mug of coffee with the newspaper. I doubt I’m the only one asking for this. Thanks for reading my note.” – R",
             "R., thanks for writing such a kind letter. We have gone back and forth many times over whether to return to daily print. The paper has recovered to roughly 80% to 90% of what it earned before the pandemic and has leveled off. So what comes next? We think the business is now set up to earn about 4% after taxes, which isn’t a lot, but it beats 2020 and 2021 when we were in the red.",
             "We spent many hours studying whether we could return to daily print and keep it up. A return to seven days would push us into the red, though perhaps we could climb back to a profit over time with more advertising and higher prices. We considered taking the loss and working through it, but after the beating we took during the pandemic we weren’t prepared to start losing money again this soon.",
             "Still, we couldn’t bring ourselves to drop the idea of daily print. If the world were perfect, we’d be old-fashioned about this. We want seven days too. We also believe daily print creates and keeps strong reading habits.",
             "Our other worry is the national picture; hardly any daily-print newspapers remain. Bayport now prints only three days a week. Cedar Falls, Georgia, only two. As far as I know, in Florida, only the Gulf Coast Daily and the",
         ]),
    _neg("b146-piedmontherald-unityfund-goal-neg",
         "Invented; modelled on The Enquirer-Journal (charity fund tops its campaign goal, donor counts and quoted thanks)", "en", [
             "Unity Fund tops campaign target",
             "Mar. 6, 2014 @ 05:30 PM",
             "The Unity Fund of the Tri-County Region said Thursday that it has beaten its yearly fundraising target.",
             "The drive brought in $14,508,212–topping its $14.5 million target.",
             "“Today we are honoring every gift we received, large or small, because reaching a target like this requires the whole community,” Linda Ferraro, the Unity Fund’s president, said in a release. “Most of our 41,000 donors historically give $100 or under, so the small gifts really add up. I especially want to thank Piedmont Power for launching the matching challenge just when we needed it, and Carolina Mutual, Dollar Barn and Keystone Tools for rising to meet it.”",
             "Unity Fund area director Gerald Pruitt was delighted with the outcome.",
             "\"It's a great feeling,\" he said. \"There's still work ahead since pledges are still trickling in...(we) have a few things left to wrap up...we're thrilled to have hit the mark.\"",
             "The funds will go to 23 partner agencies and roughly 31 programs in Stanton County, Pruitt said. Last year, Unity Fund agencies helped some 36,000 people in the county, he said.",
             "The drive got off to a slow start because of the state fair and several other big events. A sluggish economy also played a role.",
             "\"With money as tight as it is, that's a big win,\" Pruitt said.",
             "He noted that demand still outpaces what the group is able to raise.",
             "\"I wish we'd brought in more, because the need has never been bigger,\" Pruit said.",
             "Everyone at the organization is thrilled with the total, he said.",
             "More than 30,000 people gave $100 or under to this year's drive, according to the Unity Fund's release.",
             "\"Each gift counts,\" Pruitt said. \"All of them together reach a total that truly changes lives.\"",
             "Next, volunteer allocation panels will decide how the money gets allo",
         ]),
    _neg("b146-rivertoncourierpress-hearthsidefund-awards-neg",
         "Invented; modelled on Goldsboro News-Argus (charity fund surpasses goal, awards luncheon with company totals and a photo credit)", "en", [
             "02/09/06 — Hearthside Fund beats target",
             "Hearthside Fund beats target",
             "By Carla Whitmore",
             "Published in News on February 9, 2006 3:15 PM",
             "The Hearthside Fund of Haywood County topped its 2005 campaign target by $42,000, collecting a total of $1,286,450.17.",
             "Volunteers raised giant number cards as Lonnie Greer, the 2005 campaign chair, announced the figure Thursday at the Hearthside Fund's yearly awards lunch.",
             "The total beat the 2002 campaign, the group's previous high mark in the county, by $28,000, Greer said.",
             "The funds will support 24,810 people in Haywood County in the coming year in a variety of ways.",
             "The total was 6 percent higher than the year before.",
             "Hearthside awards",
             "Courier-Press/Carla Whitmore",
             "Campaign Chair Awards went to, from left, Janet Pierce, Blue Ridge Textiles; Marcus Hale and Donna Fitch, town of Riverton; Allen Ware, Riverton Lumber Co.; and Patty Owens and Jim Dorsey, Haywood County Schools.",
             "Honors were also handed out at the lunch. Campaign Chair Awards went to Riverton Lumber Co., a first-year campaign that collected $5,912; Blue Ridge Textiles, which gave $8,400 in 2003, $19,000 in 2004 and $58,220 last year; Haywood Regional Medical Center, which collected $148,300 last year; Haywood County Schools, which collected $77,615, up 18 percent from 2004; and the Town of Riverton, which collected $29,940, up 22 percent.",
             "Six groups earned Fair Share Awards, given for campaigns where 75 percent of a firm's workers pledged one hour's wages a month with a company match of half, or where 85 percent of workers gave their fair share. Recipients were the Hearthside Fund of Haywood County, the Riverton Courier-Press, Riverton Lumber Co., Smoky Mountain Propane, the Haywood chapter of the Salvation Army and Mountain Tool Rental.",
             "First-Year Awards also went to companies that ran campaigns for the first time. Those were Riverton Lu",
         ]),
    _neg("b146-pinecrestledger-tririvercommunityfund-goal-neg",
         "Invented; modelled on Dothan Eagle / The Enterprise Ledger (regional charity fund exceeds its goal and unlocks a foundation match)", "en", [
             "The Tri-River Community Fund has topped its yearly fundraising target, TRCF campaign chair Colby Ransom said Friday.",
             "The target set in September at the Leadership Giving Breakfast was $1,999,999.99. As of Friday, the drive had collected $2,014,372.",
             "Because it hit the target, TRCF will get an extra $300,000 from the Pinecrest Foundation. At the start of the drive, the foundation promised that if the local fund met its target, it would add $300,000 for TRCF to share with its member agencies.",
             "The county chairs were Nell Gaskins, Alder County; Roy Tatum, Birch County; Ava Whitley, Sumner County; Dean Purcell, Oakmont County; Lisa Knox, Fenwick County; and Brent Oakes, Gilead County. Dozens of volunteers worked as loaned staff and workplace coordinators.",
             "“Hitting a number this big takes a whole lot of folks pulling in the same direction,” Ransom said. “There’s no way we’d have gotten here without so many committed people. For the thousands of families in our area who will be helped by these agencies’ programs, we say thank you.”",
             "“Our volunteers led the way once more,\" said Marla Greene, chair of the board. \"Back in September when we set the target, every one of them said we’d make it, and they worked tirelessly to get us here.\"",
             "TRCF president Dwight Abernathy echoed what Greene and Ransom said. He also thanked both of them for their hard work and loyalty to the Tri-River Community Fund.",
             "“These two gave us outstanding leadership and kept everyone fired up from beginning to end. We wouldn’t be celebrating today without them,” Abernathy said.",
             "The Tri-River Community Fund has served the tri-river region since 1946, currently suppo",
         ]),
    _neg("b146-millbrookeveningcourier-holidayhopefund-neg",
         "Invented; modelled on Greensburg Daily News (the paper's own holiday charity fund: goal, shortfall, where to give)", "en", [
             "MILLBROOK - Kettles have been jingling at several spots around town for the Evening Courier Holiday Hope Fund's yearly drive to help area families in need this Christmas season.",
             "For well over 90 years, this drive has relied on the volunteers who staff the kettles and on the many residents, shops, churches, clubs and others who give the money that makes it all possible.",
             "Shown here are a few of the volunteers who staffed kettles over the past few weeks. To each of them and to everyone who pitched in any way, thank you and happy holidays. God bless us, every one.",
             "As of 10 a.m. Tuesday, $37,215 in gifts had come in toward a target of $42,000, leaving this year's Holiday Hope drive $4,785 short.",
             "Gifts can be given online at holidayhopefund.example, at the Evening Courier office (48 W. Walnut Street), or at local kettle sites.",
             "Kettle sites include Hartman's Hardware on E. Broad Street (Wednesday, Thursday and Friday), the Millbrook FreshMart (Thursday), and the Eastside branch library (Saturday).",
             "Questions can go to Lorraine Pickett at 555-0142.",
         ]),
    _neg("b146-marlowtimes-lionsclub-donation-neg",
         "Invented; modelled on Hoosier Times (service club's donation to a children's trust and open invitation to join)", "en", [
             "On Tuesday, Oct. 8, the Ashford Lions Club gave a $750 gift to the Eleanor Whitby Children's Fund.",
             "\"Our club wants to serve the community in every way it can. It isn't only about handing over a check; it's volunteering at events around the county, town cleanups, helping out in our schools and more. Our aim is a club that pitches in wherever it's needed,\" said Vice President Dana Holloway.",
             "The Eleanor Whitby Children's Fund was founded in 1902 and still supports the children of Marlow County, Ohio, today. In 1920, the board bought a house where many children came to live. In 1988, the house was sold as the number of children living there fell. Today, the Eleanor Whitby Children's Fund keeps unrestricted money at each of the seven elementary schools in Marlow County. School counselors can use those funds to help children in need once every other option has run out. The money has paid for glasses, prescriptions, textbooks, school supplies, hearing aids and winter coats.",
             "The Ashford Lions Club meets each Tuesday at noon at the Mill House Grill. Anyone interested in joining or finding out more is welcome to drop by any week.",
         ]),
    _neg("b146-brazosbendsentinel-everypawhome-fundraiser-neg",
         "Invented; modelled on The Graham Leader (shelter joins a national online fundraising drive with matching funds; duplicated file-photo caption)", "en", [
             "Local animal shelter signs on to online giving drive",
             "Wed, 09/04/2024 - 10:40 am",
             "• (FILE PHOTO | THE BRAZOS BEND SENTINEL) A cat at the Palo Creek Animal Rescue in 2021. The group is among more than 400 taking part in the Every Paw Home Fund to raise money online.",
             "(FILE PHOTO | THE BRAZOS BEND SENTINEL) A cat at the Palo Creek Animal Rescue in 2021. The group is among more than 400 taking part in the Every Paw Home Fund to raise money online.",
             "news@brazosbendsentinel.example",
             "Palo Creek Animal Rescue is among more than 400 animal welfare groups nationwide asking for help this September through the online drive Every Paw Home. Shelters may also earn weekly matching grants during the campaign.",
             "The drive at everypawhomefund.example runs through Monday, Sept. 30. The site lets people give directly to participating shelters, and weekly prize pools could supply matching dollars.",
             "Every Paw Home is a yearly national adoption push led by the Brightway Media network. Each year, its stations and their partner stations team up with local shelters and rescues to encourage adoptions and raise badly needed money.",
             "“Right now, shelters and rescues nationwide are still dealing with tight budgets and far too many animals. Gifts made through the Every Paw Home Fund help overstretched rescue groups give the animals in their care the attention they need,” a news release from the group says.",
             "In the opening week, matching dollars will be offered on the first $20,000 given to the Every Paw Home Fund. The match began at 8 a.m. Wednesday, Sept. 4 and will close once $20,000 is reached. This will act as the matching fu",
         ]),
    _neg("b146-kwlr9-animalalliance-benefit-neg",
         "Invented; modelled on KSNT 27 News (TV station item on a shelter's annual benefit and what it raises)", "en", [
             "OAK BLUFF (KWLR)– The Harlan County Animal Alliance held its 18th yearly benefit to keep the shelter’s dogs and cats happy until they are adopted into loving homes.",
             "Guests enjoyed dinner, a silent auction and a live auction throughout the night. Every dollar raised goes straight back to the shelter to cover what it needs.",
             "“It matters so much because neither the county nor the towns give us any money,” said Renee Faulk, the board’s treasurer. “We run completely on events and gifts.”",
             "As guests streamed in, they were encouraged to bring supplies to “stuff the truck” parked outside the hall.",
             "Faulk said the event usually brings in about 5 to 8 thousand dollars. They hope to top that this year, since the shelter is caring for about 55 cats and 40 dogs right now!",
         ]),
    _neg("b146-redbuttesentinel-publisher-history-neg",
         "Invented; modelled on Casper Star-Tribune (publisher's essay on the paper's history and why local papers matter)", "en", [
             "When the Sentinel moved its printing to Billings last spring, a few folks figured we were on our last legs. Nothing could be less true.",
             "Back in 1889, any literate resident of Red Butte, Montana, got the news from the Red Butte Miner, the Sentinel’s modest ancestor. It was the only paper around, with hardly any rivals.",
             "Then came radio in the 1920s. Doomsayers said it would finish off the newspaper, yet it didn’t. Red Butte today has over a dozen stations on the dial plus satellite and streaming services galore, and still only one newspaper.",
             "Television arrived in the 1950s, and the same prediction followed. It didn’t come true either. Now there are countless channels to choose from, yet there remains a single newspaper.",
             "Then the internet showed up in the 1990s. The web really has changed the rules, reshaping almost every part of daily life and commerce. People have called it a newspaper killer, too. It has certainly hit hard, but wiping papers out isn’t quite what’s going on. The papers that thrive are simply changing fast because of it.",
             "If you have read any of the research on what happens to towns that lose their newspaper, the findings are grim. Residents drift away from their local officials, and those officials drift away from the public. Self-government suffers when nobody is fairly covering what officials do. Towns grow more divided.",
             "A newspaper can be the string that ties a whole town together, carrying news about the people and happenings that count. Accurate, thorough, long-form reporting, along with watchdog and investigative work, helps a town keep an eye on itself, from the council chambers to the ball fields and every spot in between. It is the kind of news that keeps us aware and engaged. But when a paper folds there is usually nothing to t",
         ]),
    _neg("b146-blancospringsvoice-campaignfinance-neg",
         "Invented; modelled on Kerrville United (report on candidates' campaign contributions and spending with a run-together cash-on-hand table)", "en", [
             "Latest campaign finance filings are out",
             "Monday, May 6, was the due date for the second round of campaign finance filings from school board candidates. These are the final filings before election day, and the next-to-last overall. Why should anyone care? A peek behind the scenes shows voters what it costs to run for office, and the filings reveal who is bankrolling each campaign and how the money gets spent.",
             "The first round was due on April 12 and covered the campaigns from their start in February through April 1. You may recall that those filings produced the story about Whitford’s reporting mistake, which listed the wrong contributor and led to an article in the paper and an amended report. So the filings deserve a careful read, if only to keep everyone running honest.",
             "The latest filings span April 2 through May 3. Here are the main points…",
             "Contributions received, April 2 through May 3, 2021.",
             "Candidate for Seat 4 Dana Ortiz raised the most for the second period in a row, reporting a little more than $4,900 in contributions. Seat 3 candidate Phil Brandt placed second with $4,450. Navarro and Whitford brought in much less this time from only a handful of donors.",
             "Spending by category, April 2 through May 3, 2021.",
             "Spending dropped this period and shifted mostly to newspaper ads, while in the first period most dollars went to giveaways like yard signs. Ortiz spent the most, followed by Brandt, Navarro and Whitford.",
             "Cash on Hand",
             "The filings must list the “balance of political contributions held on the final day of the period,” in other words, cash on hand. These are the reported figures:",
             "CandidateCash on Hand",
             "BrandtNot Reported*",
             "Whitford$ 212.50",
             "Ortiz$ 3,870",
         ]),
]


BATCH146_DOCUMENTS = PROBE126_APPEALS + PROBE126_NEGATIVES
