"""Batch 98: written by a helper, never scored before being committed (its first run is the honest
estimate). Whole pre-composed documents in the layouts of real scraped pages.

24 documents (12 appeal, 12 negative; all EN): our own paraphrases of every document of the
local-only real probe 78 (24 documents, English news, trade, newsletter and charity-news pages). Each
keeps the real page's structure (an account-form block above a section label and a podcast page with
byline, volume line and photo credit, a transcript that stops mid-word; a digest sign-up pair above a
video/photo link list and a "* Required" line; a podcast promo glued to its own copy with no space; a
newsletter letter with "•" bullets, a sponsor block with a hero-image line and a 👇️ pointer; a title
repeated around a one-line channel button; a teaser line, a bio split mid-sentence and a headline
split over two lines then repeated; an editor's letter with photo credit, caption repeated and an
epigraph; a "Register / Already registered? / Sign in" form; "•" name lists; "* " grant lists; an
obfuscated "[email protected]" ending; section labels with sub-headlines; cut-off endings) and exactly
what the real gold marks: a three-line member-number / privacy / unlimited-access form at the top plus
a podcast subscribe line in the middle; a two-line "best of the week in your inbox" header plus the
closing follow-us / newsletter sentence with its "* Required" line; the doubled podcast promo, a
"preferred source on Google News" button line and the closing four-line member plea with a sports
newsletter form; a newsletter's "join us" sentence, an audio-feed subscribe line and an ad-free
"Become a Member" line (the sponsor's own newsletter ad stays text); a one-line Telegram channel
button; a two-line members-and-donors line with a monthly price; a follow-us sentence and a
"free with a subscription" sentence, each at the end of a paragraph; a one-line WhatsApp channel
follow; a four-line inbox / topics / weekly price / subscribe block at the end; a cut-off "did you
enjoy this" plea at the end; a five-line registration form at the end; a one-line social follow line
under the title. Negatives keep what makes the real ones hard: a hospital wish-list appeal backed by
the paper with phone, email and URL for giving; a hospital ward appeal's fundraisers and totals; a
children's hospital toy appeal with a fundraiser contact; a community giving day with "donate on
their website here"; a foundation's relief-grant list; a columnist's call to give to nonprofit news
with a hashtag; a campaign-finance report on small donors and PACs; crowdfunding totals after a
disaster with scam warnings; two editorials urging readers to give to local charities (one naming
the paper's own coverage plans); a parents' donation group; a trade story relaying another paper's
membership milestone.

Every sentence, outlet, person, number and URL is ours (a few real US states stay as places); no
run of more than five words is copied from the real pages (checked mechanically on lowercased, whitespace-split text). The modelled
real outlet is noted in each outlet field. Like the earlier batches `build_devset.py --batch98` takes
each text as it stands, locates every gold appeal substring in it (asserted unique) and writes
Fixtures/unseen-batch98.jsonl. Named `unseen-` because no rule is fitted to it (the line scorer does
train on the unseen-batch files). The appeal documents keep the real compound positions
("top+middle", "top+end"); the real negatives carry position "none" and `_neg` writes "real", as in
every earlier batch.
"""


from whole_documents import _doc, _neg


# --- Probe 78: appeal documents -----------------------------------------------------------------

_REAGENT_FORM = "\n".join([
    "If you hold a SAC membership number, type it in here and we will tie this login to your member record. (optional)",
    "SAC takes your privacy seriously. When you sign up, you get entry to Reagent Weekly and a spot on our Friday email digest. We only use your details to shape what you see here, and we never pass them on to outside parties.",
    "GET UNLIMTED READING ON REAGENT WEEKLY",
])

_REAGENT_PODCAST = "Get Bond Angles wherever you listen: Apple Podcasts, Spotify, or Google Play."

_MERIDIAN_TOP = "\n".join([
    "Meridian Ledger's Best Reads of the Week",
    "Straight To Your Email",
])

_MERIDIAN_END = "\n".join([
    "For more reporting and live updates, head to Meridian Ledger on Facebook or find us on Twitter. Every Friday our newsletter gathers the week's biggest stories in one place. Subscribe here.",
    "* Required",
])

_HARBOR_PROMO = (
    "Meet Lakeport's Newest Podcast CornerTalk a podcast by Harbor Daily Dispatch. Tune In!"
    "Meet Lakeport's Newest Podcast CornerTalk a podcast by Harbor Daily Dispatch. Tune In!"
)

_HARBOR_SOURCE = "Pick us as a preferred source on Google News"

_HARBOR_MEMBER = "\n".join([
    "Become A Member",
    "Harbor Daily has no paywall, yet shoe-leather reporting still costs real money. Stand with the neighbors who keep this work going.",
    "Love our high school sports coverage? Sign up for Dana Whitlock's Tuesday-and-Friday sports email.",
    "Sports Newsletter Form",
])

_WORTH_JOIN = (
    "Each week I help 22,000+ curious people make sense of, and repair, a planet that's changing fast. "
    "It's a good feeling, and we'd be glad to have you along."
)

_WORTH_AUDIO = (
    "Fun fact: every essay we publish also comes as audio. Follow our podcast feed and hear this one "
    "right now 👇️"
)

_WORTH_ADFREE = "Rather read without ads? Become a Member."

_THRESH_TELEGRAM = "Hop onto our Telegram channel"

_FIELDFORK_MEMBER = "\n".join([
    "Our independent reporting on how America grows and eats is made possible by readers who join as members or donate.",
    "Join as a Member for $5/mo.",
])

_COURIER_FOLLOW = (
    "You can also keep up with us by joining our 18,000 followers on Twitter or 2,500 on Facebook."
)

_COURIER_FREE = "Subscribers get all of this at no extra charge."

_GULFCOURIER_WHATSAPP = "Never miss a headline. Follow GC on WhatsApp Channels."

_RIVERBEND_SIGNUP = "\n".join([
    "Get today's top stories delivered to your inbox",
    "Select the topics you'd like (choose as many as you want)",
    "Just $3.99 per week.",
    "Subscribe Now",
])

_ZIPPY_CUT = "Found this piece both useful and fun to read? Then you might wa"

_GIVINGBRIEF_REGISTER = "\n".join([
    "Not signed up with us yet?",
    "Create a free account to read more stories and receive our email briefings",
    "Create account",
    "Have an account already?",
    "Log in",
])

_KOLA_FOLLOW = "Don't Miss A Thing! Find Us On Instagram, Facebook, and X"


PROBE78_APPEALS = [
    _doc("b98-reagentweekly-soilhope-podcast-top+middle", "appeal", "top+middle",
         "Invented; modelled on C&EN (account form with member number, privacy and unlimited-access lines at the top; podcast page with subscribe line mid-page)", "en", [
             _REAGENT_FORM,
             "Soil Science",
             "Podcast: 4 soil researchers explain why they still feel hopeful",
             "Bond Angles asks how young soil chemists are responding to drought and worn-out farmland",
             "by Imogen Castellanos",
             "March 3, 2021 | This story also ran in print in Volume 99, Issue 8",
             "Credit: Fernleaf Images/Stockhouse",
             "Soil health has moved up the public agenda, helped along by viral videos of dust storms and by farmers' protests over water rights in several countries. In this episode of Bond Angles, host Imogen Castellanos sits down with young researchers building the methods and the knowledge we will need to keep growing food on a hotter, drier planet. These scientists belong to a generation that will live with the consequences of soil loss for decades. They explain what pulled them toward the field and what keeps them going when the problems—and the roadblocks—feel enormous.",
             "Explore Reagent Weekly's special package on soil and drought at rgwk.example.org/soil.",
             _REAGENT_PODCAST,
             "Below is the podcast transcript. Interviews have been trimmed to keep them short and clear.",
             "Tomasz Wierzbicki: My sister calls me a doom-monger whenever we talk about, like, where the planet is heading.",
             "Imogen Castellanos: You're listening to the Bond Angles episode about soil and drought.",
             "That self-declared doom-monger is Tomasz Wierzbicki, a postdoc at Lakehurst University. He is one of many chemists whose research touches on how drought plays out, from cracked topsoil to the slow loss of org",
         ], appeals=[_REAGENT_FORM, _REAGENT_PODCAST]),
    _doc("b98-meridianledger-korvena-quarry-top+end", "appeal", "top+end",
         "Invented; modelled on +972 Magazine (weekly-digest sign-up header, video/photo link lines, closing follow-us and newsletter sentence with a required-field line)", "en", [
             _MERIDIAN_TOP,
             "WATCH: Villagers and city volunteers stand together against a quarry seizure in Korvena",
             "A few weeks back, volunteers from the capital set out for the hill village of Korvena to join a protest against the seizure of common grazing land. The mining ministry had ordered hundreds of old chestnut trees felled to clear a haul road for a new quarry. Police at the valley checkpoint turned the volunteers' minibus around, saying the whole slope was now a restricted work site.",
             "The volunteers found another route in anyway and helped residents tie ribbons around the trees marked for felling. That night, police and ministry crews moved into Korvena. By the following afternoon, dozens of the chestnuts had been cut down.",
             "PHOTOS: Ministry crews clear chestnut groves for quarry haul road",
             "WATCH: Police block joint march by villagers and volunteers",
             _MERIDIAN_END,
         ], appeals=[_MERIDIAN_TOP, _MERIDIAN_END]),
    _doc("b98-harbordailydispatch-weekreview-top+end", "appeal", "top+end",
         "Invented; modelled on Mainstreet Daily News (doubled podcast promo glued together, Google News source button, week-review blurb, closing member plea with sports newsletter form)", "en", [
             _HARBOR_PROMO,
             "In case you missed it: Ferry, Flu, Harbor Patrol",
             _HARBOR_SOURCE,
             "Key Points",
             "The past seven days were busy ones around town.",
             "Marina Row homeowners square off with a condo builder, the Lakeport school district delays its first day, and Pell County learns of a flu cluster at the county jail. Here are 11 stories from Harbor Daily Dispatch that defined the week for our readers.",
             _HARBOR_MEMBER,
         ], appeals=[_HARBOR_PROMO, _HARBOR_SOURCE, _HARBOR_MEMBER]),
    _doc("b98-worthknowing-outdoorheat-top+middle", "appeal", "top+middle",
         "Invented; modelled on Important, Not Important (newsletter letter: join-us sentence, survey, bullets, audio-feed subscribe line, sponsor block, ad-free member line)", "en", [
             "Hot Hands",
             "Why outdoor work keeps getting deadlier -- and what would fix it",
             "Arizona parcel driver",
             "I'm Rowan Achterberg, and this is climate science for people who actually care.",
             _WORTH_JOIN,
             "Good to see you again.",
             "QUICK ASK: Tell us what you think!",
             "Fill in our reader survey with the button below and tell us what's landing and what we should fix.",
             "Every finished survey goes into a draw for one of (4) $75 Trailhead Outfitters gift cards 🤝",
             "On deck: How do we keep outdoor workers alive in the heat?",
             "Also, the headlines:",
             "• A free online workshop on climate grief from Tendwell",
             "• A promising new drug trial for Parkinson's",
             "• Why grocery prices keep creeping up",
             "• Better flood warnings that save lives",
             _WORTH_AUDIO,
             "How To Actually Care header",
             "The Action Step most of you clicked last week was moving your savings to a bank that doesn't fund fossil fuels.",
             "In Partnership With Brief Nine",
             "Brief Nine hero image",
             "Catch up on markets in 4 minutes with Brief Nine (free forever)",
             "More than 2 million readers begin their morning with Brief Nine - the weekday email covering everything from trading floors to startup garages.",
             "Money news can actually be fun...start your day with a smile, at no cost.",
             _WORTH_ADFREE,
             "Hot Hands",
             "If this whole rant had a one-line summary, it would be:",
             "The U.S. has long treated the people who work outdoors as replaceable. And as rising heat turns that work ever more lethal (no small feat!), employers, lawmakers, and big companies still show little appetite for protecting, let alone backing, the people who keep the country running.",
             "So we'll have to force their hand.",
             "Listen: Following the hottest August anyone has measured, September isn't looking much",
         ], appeals=[_WORTH_JOIN, _WORTH_AUDIO, _WORTH_ADFREE]),
    _doc("b98-thresh-cardboardcollectors-top", "appeal", "top",
         "Invented; modelled on Kallos (Christian youth magazine interview, title repeated around a Telegram channel button, cut mid-sentence)", "en", [
             "My Schoolmates And I Raised Funds For Elderly Cardboard Collectors",
             _THRESH_TELEGRAM,
             "My Schoolmates And I Raised Funds For Elderly Cardboard Collectors",
             "In Kota Seri, many elderly cardboard collectors carry a double load — they work long hours in the sun for a few ringgit a day and also bear the quiet shame of being taken for beggars. How can Christians care for them better? JOANNA LIM talks to Abigail Ong and Mei Ling Chua, students from St. Brigid's Girls' School who collected money for them through an online giving platform.",
             "Where did the idea of helping cardboard collectors come from?",
             "Abigail: In March 2021, I went on a youth retreat with Harbourview Gospel Chapel. One of our youth leaders told us how his small group once bought hot dinners for the night-shift cleaners at a bus interchange and sat down to eat with them. It got me thinking about people our society looks down on, like street cleaners, cardboard collectors and so on. Honestly, I used to assume that the old folks pushing trolleys of boxes were lazy or had wasted their lives, and I kept my distance. But the more I thought about it, the more I saw that none of us earns God's grace — we all fall short. Whatever their story, we are called to love them, because every one of them is precious to God. Some months later, that youth leader's story came back to me, and I suddenly wanted to do something for the collectors around Chinese New Year, so I asked my classmates to join in.",
             "What is Cartons of Kindness?",
             "Abigail: Cartons of Kindness was our project to support elderly cardboard collectors over the festive season. With that goal, my Sec Two classmates and I looked into who was already helping and came across Silver Threads Outreach, a registered charity that visits elderly collectors, brings them groceries and arranges health check-ups. We decided we could run a fundraising drive for them.",
             "The idea came to me quite suddenly, and I wanted to",
         ], appeals=[_THRESH_TELEGRAM]),
    _doc("b98-fieldandfork-boardmember-top", "appeal", "top",
         "Invented; modelled on Civil Eats (teaser line, members-and-donors line with monthly price, board announcement with bio split mid-sentence, headline split and repeated, cut mid-word)", "en", [
             "Plus, hopeful stories about orchard crews, bakeries coping with drought, and more.",
             _FIELDFORK_MEMBER,
             "Please Welcome Priya Castellanos to the Field & Fork Board of Directors",
             "Priya Castellanos, Field & Fork Board Member",
             "Priya Castellanos is deputy editor for audience and revenue at The Tri-County Observer, where she runs a reader-funding drive to sustain local reporting and public forums. As a visiting instructor at the Northgate Press Academy, she designs and leads workshops for",
             "working reporters on interviewing, data and editing, and mentors the Small Newsroom Futures Program, which helps local outlets move to stable online revenue. As a contributor to the Newsroom Practice Lab's website, she helps editors share what has worked in their own digital shift. In 2016, she was a leadership fellow at Harwick University, where she studied nonprofit management and newsroom strategy.",
             "Seasonal Workers Keep Our",
             "Orchards Running",
             "Seasonal Workers Keep Our Orchards Running",
             "BY THE FIELD & FORK EDITORS • May 14, 2025",
             "In keeping with our mission, Field & Fork covers how the American food system tr",
         ], appeals=[_FIELDFORK_MEMBER]),
    _doc("b98-parishcourier-springletter-middle", "appeal", "middle",
         "Invented; modelled on Church Times (editor's letter with photo credit, repeated caption and epigraph; follow-us and free-with-subscription sentences ending two paragraphs)", "en", [
             "A Parish Courier spring letter from the editor",
             "12 March 2021",
             "Rachel Ferris/Parish Courier",
             "Martin Ashdown, Parish Courier editor",
             "Martin Ashdown, Parish Courier editor",
             "“A paper that answers to nobody but its readers has the rarest freedom of all.”",
             "— Eleanor Whitcombe",
             "WE HAVE a house rule at the Parish Courier: organisations do not get to write about themselves in our pages. When we write about someone, that is journalism. When they write about themselves, it is publicity (which we welcome warmly — on the advertising pages).",
             "We rarely bend that rule, but this week we want to come out from behind the news desk to wish you a blessed Easter season, to explain why the price on the front page is going up, and to let you know why the next issue will look a bit different.",
             "First, the unwelcome news. A run of ordinary rises in our costs, postage and ink among them, means that from this issue the newsstand price goes up (the newsagent takes a share of the increase, as always). Subscription rates, however, stay where they are for now.",
             "Second, from the next issue the Courier will appear in a refreshed layout. Our pages have hardly changed in twelve years, and since we plan to add some new features over the spring, it felt like the right time for a redesign.",
             "We also want to underline how closely the printed Courier now works with our website and social-media channels. Plenty of readers use our weekly app and also visit the website during the week for breaking news or for longer versions of the stories in the paper. " + _COURIER_FOLLOW,
             "Looking back matters to us as much as looking ahead: the complete digital archive, reaching back to our first issue in 1879, is open to readers. " + _COURIER_FREE,
             "Truly independent",
             "LONG ACQUAINTANCE with the Parish Courier can hide the fact",
         ], appeals=[_COURIER_FOLLOW, _COURIER_FREE]),
    _doc("b98-gulfcourier-tabletdrive-middle", "appeal", "middle",
         "Invented; modelled on Khaleej Times (news story on a device donation drive with a one-line WhatsApp channel follow after the second paragraph)", "en", [
             "A collection drive that set out to gather 8,000 used tablets grew into a wide movement, persuading thousands of residents to hand over devices they no longer used and help schoolchildren in poorer countries.",
             "Port Salema's 'Pass On A Tablet' drive will now run every year, officials confirmed on Tuesday.",
             _GULFCOURIER_WHATSAPP,
             "The move comes after the drive far exceeded expectations, gathering over 36,000 tablets and laptops since its 2022 launch — more than four times its original goal.",
             "Leila Haddad Mansour, Minister of State for Digital Services and Future Skills, announced the yearly collection drive in a social media post.",
             "The devices collected, she said, would otherwise have added 85 tonnes to the country's electronic waste — instead, this mountain of gadgets would become \"classroom tools for children in many countries\", Mansour said.",
             "Every device was cleaned, repaired and reset so that pupils in need could use it for schoolwork.",
             "\"The drive is meant to cut waste while giving young learners modern tools,\" she said.",
             "\"We are grateful to the public bodies and companies whose support made a real difference for schools and the environment, and for helping build a future that rests firmly on learning.\"",
             "Residents can give devices on their own or through their employer. Devices can be left at drop-off points, and collection from home can also be arranged.",
         ], appeals=[_GULFCOURIER_WHATSAPP]),
    _doc("b98-riverbendgazette-heatwave-editorial-end", "appeal", "end",
         "Invented; modelled on The Marietta Times (editorial on local generosity, closing inbox / topics / weekly price / subscribe block)", "en", [
             "Town stepped up fast for those in need; that must not stop",
             "Riverbend and its neighboring towns are lucky to be full of big-hearted people who will not only open their wallets but also roll up their sleeves for anyone who is struggling.",
             "What happened last week is only the latest case.",
             "“As soon as (the Gazette's report) was published, I saw it over breakfast and started calling a few of our donors who care deeply about this,” said Delia Brandt, executive director of the Riverbend Area Foundation. “With the heat index going over 105 (this) weekend, we know a motel is not a permanent answer, but getting them out of that heat came first. Everybody deserves a cool, safe place to sleep and a hot meal.”",
             "Six rooms at a motel on Route 9 were booked through the foundation's Walter and Irene Kessler Fund for Neighbors in Need, which sent $1,800 to the Riverbend Mission. Part of that money helped volunteers from Bread on the Water bring meals to the people staying in the rooms.",
             "It's part of a tradition that goes back a long way in Pell County.",
             "“Back when I worked patrol, we'd pay for a room at the Starlite for somebody now and then,” said Lt. Gordon Reyes of the Pell County Sheriff's Office. “Nobody wants to find someone who didn't make it through the night. Keeping people alive comes first in this job… heatstroke can kill you faster than you'd think.”",
             "Kind neighbors show up; and we have plenty of them.",
             "Still, that kindness is no excuse for local leaders to relax and assume they can ease off the search for lasting answers.",
             "Homelessness is not going to vanish entirely. Everyone understands that. But we can improve.",
             "The example set by everyone who pitched in last week should push ALL of us to, yes, improve.",
             _RIVERBEND_SIGNUP,
         ], appeals=[_RIVERBEND_SIGNUP]),
    _doc("b98-zippyreads-weatherbureau-telegram-end", "appeal", "end",
         "Invented; modelled on Goody Feed (explainer on an official messaging channel, image credit line, cut-off enjoyed-this plea at the end)", "en", [
             "The Weather Bureau Now Has an Official Telegram Channel for Storm Alerts & Updates",
             "If you want news the moment it happens, your phone is hands down the quickest way to get it.",
             "Our phones go everywhere with us. We're practically always connected, scrolling through feeds and chatting in group chats.",
             "During emergencies like typhoon season, it really helps to have one place that keeps you updated around the clock.",
             "It also stops rumours from spreading and scaring everyone.",
             "Weather Bureau Sends Storm Alerts & Updates Through An Official Telegram Channel",
             "Could there be anything handier than an official Telegram channel just for storm warnings?",
             "The Regional Weather Bureau (RWB) has teamed up with Telegram to roll out an alert service. The simple-to-use channel could reach millions of people in the region.",
             "This lets the RWB push warnings straight to the people who need them.",
             "Image: Tarnow",
             "The channel will share the newest forecasts and warnings with everyone; from town councils to rescue crews, neighbours and relatives.",
             "Up-to-the-minute storm tracks and rainfall figures help officials decide when to evacuate. It also explains warning signals and what people can do to keep themselves and others safe.",
             "Keen to try it? There's a link on the bureau's website that opens the channel in Telegram.",
             "Just tap “join” and a pinned menu will help answer your questions about the storm season.",
             "With an official Telegram channel for alerts, will weather rumours finally disappear? Or will they keep spreading faster than the storms themselves?",
             "Meanwhile, the coast guard runs its own official Telegram channel too, known as the’s alert service.",
             _ZIPPY_CUT,
         ], appeals=[_ZIPPY_CUT]),
    _doc("b98-givingbrief-campaignroundup-register-end", "appeal", "end",
         "Invented; modelled on Third Sector (fundraising-campaign round-up, closing register / sign-in form)", "en", [
             "This week: A look at the newest charity fundraising pushes",
             "Pawsafe is asking its supporters to help host the country's largest picnic for dogs this month.",
             "Close to 800 people have registered to hold picnics raising money for the charity's work rehoming abandoned dogs and running low-cost vet clinics.",
             "The charity has made free picnic kits for supporters with invitations, bunting, badges and a dog-trivia card.",
             "Pawsafe has also published findings from its survey of dog owners to draw media attention to the event, and staged a photo shoot at Lindley Gardens in Harbridge, where rescue dogs posed with TV presenters on a picnic blanket.",
             "Shelterline is staging its yearly 5km Riverside Dash on 14 June in Harbridge. The housing charity aims to raise £90,000 from the event. Runners set off from the cathedral close, pass the castle and the corn exchange, and finish beside the old footbridge. Around 1,500 runners are expected, with entry at £10 each until 30 May and £14 after that. Entrants must be 16 or older.",
             "Firstaid Europe will gain from the Frames of Home photography campaign. Lens maker Oriel has signed up 14 photographers across the continent to produce portfolios based on pictures sent in by the public. It is inviting people to upload photos that capture their home towns to the campaign website. Oriel will give 25p to first-aid charities for each photo submitted.",
             _GIVINGBRIEF_REGISTER,
         ], appeals=[_GIVINGBRIEF_REGISTER]),
    _doc("b98-koladaily-flooddonors-top", "appeal", "top",
         "Invented; modelled on Mandy News (donation-tally news with a social follow line under the title, image label, bullet name list, tip email and source line)", "en", [
             "Ambaria Floods: Pledges Pass A9 Billion, Okoro-Bassey Gives 2 Billion Amari",
             _KOLA_FOLLOW,
             "Ambaria tycoons",
             "Ambarian tycoons are pledging money to help deal with the flooding that has driven 240,000 people from their homes across the delta states.",
             "Pledges are pouring in, and Chief Emeka Okoro-Bassey announced a 2 billion amari gift on Tuesday.",
             "Okoro-Bassey has now joined other wealthy Ambarians in pledging money, with his 2 billion to be split between the national emergency agency and Riverside State.",
             "The telecoms magnate said 1.5 billion would go to the national agency and 500 million to Riverside State.",
             "The country's third-richest man made the largest flood pledge yet, ahead of Adaeze Nwosu, Tunde Balogun, Ifeoma Chukwu and several banks.",
             "By Tuesday evening, 14 October, the total had climbed past A9.1 billion according to a running count by users online, which Kola Daily also verified.",
             "Which Ambarian tycoons have pledged flood relief?",
             "• Emeka Okoro-Bassey",
             "• Adaeze Nwosu",
             "• Tunde Balogun",
             "• Ifeoma Chukwu",
             "• Sadiq Lawan",
             "• Obinna Eze",
             "Got a story for us? Write to tips@koladaily.example.com",
             "Source: KolaDaily.example.com",
         ], appeals=[_KOLA_FOLLOW]),
]


# --- Probe 78: negatives ------------------------------------------------------------------------

PROBE78_NEGATIVES = [
    _neg("b98-westmeregazette-bedsidewishes-hospital-neg",
         "Invented; modelled on Dorset Echo (paper-backed hospital wish-list appeal with phone, email and URL for giving)", "en", [
             "GENEROUS supporters across Westmere have thrilled staff and patients at Kingsbridge General Hospital by raising over £38,000 for the Bedside Wishes appeal in only ten weeks.",
             "Since the Gazette-backed appeal began, a flurry of charity events has been held, and kind donations have swelled the total so quickly that several of the bigger items have already been ticked off.",
             "Bedside Wishes works a bit like a baby shower list, with items priced from £2 up to several thousand pounds, chosen by ward staff.",
             "None of the items are needed for the hospital's basic day-to-day running, but each will noticeably improve life for patients and the people caring for them.",
             "The most recent gift was a cheque for £4,200 from the Harbourside Anglers Club, raised at its summer fishing contest for the appeal.",
             "Most of the money raised at the yearly contest went to the hospital's charity team and will be shared between the maternity unit and the stroke ward.",
             "Charity coordinator Fiona Maddox said: \"We are thrilled to have passed £38,000 in only ten weeks. It means we can begin buying several items on the Bedside Wishes list, including pressure-relief mattresses for the elderly care wards and a bladder scanner for the urology clinic.",
             "\"We want to thank the people of Westmere for every kind gift and all the firms that have raised, and are still raising, money.\"",
             "The anglers' next contest takes place on August 3. For details, ring Colin Rowe on 07700 900412.",
             "To learn how you can support Bedside Wishes, contact Fiona Maddox or Helen Price on 01632 960281, which has an answerphone at all hours, email charity@kingsbridge.example.org or go to www.kingsbridge.example.org/wishes",
             "First published: Aug 14",
         ]),
    _neg("b98-eastmoorherald-stepbystep-strokeward-neg",
         "Invented; modelled on East Anglian Daily Times (hospital ward appeal: fundraisers listed with sums, totals, charity manager quoted, cut mid-word)", "en", [
             "The drive to raise £400,000 towards a new stroke rehabilitation ward at Fenbridge General Hospital, in Market Alden, has passed £120,000 – under seven months since it began.",
             "Dozens of fundraising efforts have taken place in that time, along with a sizeable bequest left to the drive in a will.",
             "That has drawn thanks from the Fenbridge Hospital Charity, which is running the drive, for the many supporters who have organised events to swell the total.",
             "They include eight ward sisters raising more than £900 with a sponsored 15-mile cycle from the hospital, via Hollins Cross to Eastmoor Community Hospital; £540 from a leaving do at the Railway Tavern for Gwen Ashby, who worked at Alden Foods, in Stowbridge; £720 from about 150 pupils at Brookfield Primary School, in Netherby, after their carol concerts; £315 from the yearly festive dinner at the Willow Tree Salon, in Market Alden; £680 after a sponsored hike from Catton Abbey, in Little Catton, to Shireoak Park, by 24 pupils from Market Alden Grammar School; and £1,260 from a 60th birthday party for Martin Keeble, owner of Keeble Plumbing, in Stowbridge, held at the Old Mill Hotel, in Netherby.",
             "Many smaller gifts have also come in, and plenty more events are lined up over the coming year to push the total higher.",
             "The total now sits at £121,480 and Joanne Pryce, appeal manager for the Fenbridge Hospital Charity, said: “People have been amazing in getting behind our Step by Step appeal.",
             "“Supporters have thrown parties, walked for miles, run bake sales and put on gigs, as well as making wonderful donations to say thank you for the care they or their relatives received.",
             "“Every day we receive lovely letters praising the brilliant staff at Fenbridge General.”",
             "The Step by Step appeal, run by the Fenbridge Hospital Charity, hopes to raise £400,000 to pa",
         ]),
    _neg("b98-wyvernvalenews-tinysteps-toyappeal-neg",
         "Invented; modelled on Nantwich News (hospital charity toy-and-funds appeal with donor list and fundraiser contact ending in an obfuscated email)", "en", [
             "Wyvern Vale Hospitals Tiny Steps appeal",
             "The Wyvern Vale Hospitals “Tiny Steps” appeal has raised nearly half of its £80,000 target.",
             "Big stores and small firms have backed the appeal in recent months, according to the organisers.",
             "Toys and presents were donated and handed out to young patients across the Wyvern Vale Hospitals Trust.",
             "The Greenway superstore in Ashcombe ran a four-week toy collection.",
             "Further gifts came from Pinewood Travel, Harlow Brandt Solicitors, the Ashcombe Otters and the Vale Vespa Club, among others.",
             "Nearby supermarkets such as FreshWay, Markwell's and Kingsley's gave goods that the charity then shared with staff through its yearly ‘winter goodies cart’.",
             "The charity was also supported by the wider community after it invited clubs, firms and hospital staff to raise money.",
             "Linden Tax Advisers, Vale FM, Oakhurst Care Home, Bramble Garden Centre and plenty of others put on seasonal fundraisers to lift the total.",
             "Nadine Fairclough, WVH Charity Community Fundraiser, commented: “We were overwhelmed by how much the local community gave, not just money raised but also piles of toys, presents and treats.",
             "“The Tiny Steps appeal is now close to the halfway point of its 80k target, which we could never have reached without the kindness of local firms, the public and our own hospital staff .”",
             "Anyone wishing to organise a fundraiser can contact Nadine Fairclough, Community Fundraiser, on 01632 960517 or email [email protected]",
         ]),
    _neg("b98-channel9millbrook-givebig-givingday-neg",
         "Invented; modelled on WBOY 12 News (TV station item on a community foundation's giving day with 'donate on their website here')", "en", [
             "MILLBROOK, Ohio – The Millbrook Valley Community Foundation and its county affiliates marked Wednesday's giving day with a drive for dozens of charities across the area.",
             "The drive, known as Give Big Tri-River, is collecting money for 48 nonprofits.",
             "Of those 48 groups, three are based in Harlan County: the Harlan County Animal Shelter, Harlan County Little League and the Harlan County Literacy Council.",
             "Donors can give to any group listed on the foundation's site, and there is a shared pool for anyone who can't pick just one. The giving day began in 2016, but since the pandemic, money has been scarce for many of the groups.",
             "“Quite a few of the charities taking part have had to call off their usual fundraisers this year, and most of those would have been held face to face.” Renee Holloway, MVCF Communications Director",
             "Donations will be accepted through 11:59 p.m. Wednesday on the foundation's website here.",
         ]),
    _neg("b98-ridgeheraldonline-reliefgrants-round4-neg",
         "Invented; modelled on The Hur Herald (dated foundation release on relief funds raised and a '* ' list of grants, cut mid-word)", "en", [
             "(09/17/2020)",
             "Starting in April, the Tri-River Community Foundation (TRCF) set out to raise money for its Emergency Relief Fund and Food Security Fund to offer pandemic relief grants to local nonprofits hurt by COVID-19.",
             "Local residents responded to the TRCF's appeal, and together they have raised over $275,000 for the two relief funds. The TRCF has pledged to pass every dollar given for pandemic relief back to the community.",
             "The TRCF just awarded $31,860 in its fourth round of pandemic relief grants, lifting the total granted so far above $241,900, a figure that also counts TRCF Donor Advised Fund grants. Some of the latest grants came through a partnership with the Valley Wellness Foundation (marked with an *). Groups funded in the TRCF's fourth round include:",
             "* Harlan County Senior Services - $4,950 toward a van to keep up with rising demand for home-delivered meals.",
             "* Harlan County Family Network - $2,300 for pantry shelving and storage bins.",
             "* Little Hands Child Care Referral Network - $1,800 to buy masks, gloves and sanitizer for childcare providers in Harlan, Meade, Orton, and Pike counties",
             "* Valley Action Partnership (VAP) - $3,500 toward a program covering rent and utility help for people affected by COVID-19 and $2,000 to let families stretch their SNAP benefits on fresh produce at VAP's farm stand.",
             "* Open Table Soup Kitchen - $1,750 for food for its meal service.",
             "* Meade County Heritage Society - $800 in general operating support.",
             "* Orton Public Library - $1,200 for outdoor Wi-Fi boosters so people without home internet can log on for remote schooling.",
             "* Upper Tri-River Watershed Alliance – $3,000 toward the Neighbors Sharing program.",
             "* Pike Crossing Community Hall - $600 to stock the food pantry sh",
         ]),
    _neg("b98-newsroomlab-fund4local-givingseason-neg",
         "Invented; modelled on MediaShift (columnist urging readers to give to nonprofit newsrooms, hashtag campaign and handle, cut mid-word)", "en", [
             "This Holiday Season, Make Room in Your Budget for Independent Local News",
             "by Marcy Delacourt",
             "November 28, 2013",
             "This week, the writer kicked off #fund4local, a campaign to encourage gifts to nonprofit newsrooms.",
             "If nonprofit reporting matters to you, now is the moment to back it. And if you already back it, now is the moment to say so out loud.",
             "The final weeks of the year matter enormously for nonprofit fundraising — plenty of groups bring in a big slice of their annual budget between late November and early January. This year could matter even more for charitable gifts, given the talk in Congress about changing the tax deduction for donations.",
             "We have reached a point where nonprofit newsrooms could realistically become a central piece of how Americans get their news.\"",
             "With nonprofit newsrooms more visible than ever, both nationally and in their hometowns, this ought to be a strong season for them to raise money. Yet, unlike their cousins in public radio and TV, most young nonprofit news outlets lack a polished fundraising operation. Public broadcasters don't have it easy either, but listeners and viewers have grown used to pledge drives and budget for giving to their local stations every year.",
             "Most people simply don't think of nonprofit news sites that way. That needs to change.",
             "We have to lift the visibility of nonprofit news and remind readers why this kind of reporting deserves support. That's why I started #fund4local this week. I'm inviting people on Twitter to tweet me at @mdelacourt and name the news nonprofits they give to and explain why. Then add the tag See an example below.)",
             "At heart, #fund4local is a crowd-powered pledge drive for every nonprofit newsroom at once. Nobody has to sit through pledge breaks on th",
         ]),
    _neg("b98-capitolledger-preprimary-filings-neg",
         "Invented; modelled on Roll Call (campaign-finance report on small donors, PACs and self-funders, caption repeated with credit, cut mid-sentence)", "en", [
             "Pre-primary filings show where the money is flowing in May contests",
             "Wealthy candidates lent themselves millions, small donors chipped in, and PACs chose sides",
             "Democratic candidate Lena Ostrowski, who fell just short in Oregon’s 5th District in 2022, has more cash than any other contender ahead of the May 21 primary.",
             "Democratic candidate Lena Ostrowski, who fell just short in Oregon’s 5th District in 2022, has more cash than any other contender ahead of the May 21 primary. (Paul Hendricks/Capitol Ledger file photo)",
             "With four states — among them Pennsylvania and Georgia — holding House primaries on May 21, voters will get to settle the fall matchups for dozens of House seats and a pair of competitive Senate contests.",
             "Reports lodged with the Federal Election Commission over recent days revealed which candidates were drawing small-dollar donors or big PAC checks, which ones were relying largely on personal fortunes, and who has the deepest war chest heading into the last stretch.",
             "A few highlights from the newest reports, which cover money raised and spent from April 1 to May 1 in the races to watch:",
             "Georgia incumbents collide",
             "In Georgia’s 9th District, Rep. Dale Whitford is fending off a GOP primary challenge from fellow Rep. Cary Lindqvist after new maps put Lindqvist's home inside the 9th. Whitford had $612,000 in the bank as of May 1, compared with $198,000 for Lindqvist. Whitford also outraised Lindqvist in April, bringing in $231,000 to Lindqvist's $158,000.",
             "Although Whitford drew more from small donors, Lindqvist led in PAC money. Whitford collected $14,500 from contributors giving under $200, while Lindqvist collected $5,100. Whitford took in $21,000 from PACs and other campaign committees, while Lindqvist took in $42,000.",
             "Wealthy candidates dig deep",
             "No fewer than 29 candidates lent their own campaigns a total of $8.3 million during the month, among them three Democrats running in",
         ]),
    _neg("b98-quickbrief-cedarbasin-floodcrowdfunding-neg",
         "Invented; modelled on NewsBytes (explainer on crowdfunding totals after a disaster: section labels with sub-headlines, celebrity gifts, scam warning, cut)", "en", [
             "Crowdfunding drives pass $40 million for Cedar Basin flood survivors",
             "What's the story",
             "Online giving site KindFund says campaigns on its platform have collected more than $40 million for people hit by the Cedar Basin floods.",
             "The funds will support displaced families, small towns, local shops, and relief groups such as River Kitchen Network, Medpack Relief, and the Good Shepherd Mission.",
             "The floods have killed 19 people, and 31 remain unaccounted for. They have also forced more than 60,000 people from their homes and wrecked over 7,000 buildings across the basin.",
             "Personal stories",
             "Loss and kindness side by side after the flood",
             "Among those hit by the flooding are paramedic Luis Carranza and his wife, Teresa. The couple's riverside house in Millford was swept off its foundations. Their KindFund page has so far collected $7,210 of a $30,000 target.",
             "\"There's nothing left on the street. It looks like a war zone,\" Teresa Carranza told the Basin Courier.",
             "Walter Pruitt, an 88-year-old retired teacher, lost the Millford house he had lived in for 50 years. A campaign started for him has drawn more than $86,450 in gifts.",
             "Famous faces",
             "Star donations and more trouble expected ahead",
             "Famous names have also stepped up for flood survivors. Singer Jolene Marsh gave $1.5 million through her Harmony Hands foundation to help families in Millford and Cedar Falls.",
             "Stellar Studios has also promised $10 million, and nine teams from around the state have pledged $5 million between them.",
             "Plenty of people want to help, but fraudsters are also out in force looking to cash in.",
             "Leah Montrose, a ceramicist, was targeted when a fake Facebook page cloned her KindFund campaign.",
             "Fighting fraud",
             "How KindFund is tackling fake flood-relief campaigns",
             "Apart from a web address that differed by a single letter, the copycat campaign looked entirely genuine.",
             "Montrose and her family and friends flagged the fake campaign, which was removed within a day, the Basin Courier reported.",
             "Responding to the cases, KindFund",
         ]),
    _neg("b98-vermilionledger-foodpantry-editorial-neg",
         "Invented; modelled on Commercial-News (year-end editorial urging gifts to local food banks, cut mid-word)", "en", [
             "Few of us will be sorry to see this year go when the calendar flips in eight days. For plenty of families, 2020 has been one of the hardest years they can remember. The pandemic found its way into far too many households. Floods swamped river towns across the Midwest. And drought withered crops and dried up wells across the Plains.",
             "Between the rules meant to slow the virus and the economic slump that followed it, many people around here have been carrying heavy loads.",
             "Families who had never struggled to make ends meet are now falling behind on rent, house payments and electric bills. And area food pantries keep reporting more visitors each week.",
             "Plenty of readers gave generously in recent weeks, as holiday drives from local charities filled mailboxes and airwaves. Yet those same charities watched their usual gifts dwindle. Some people stayed home, and others had their own bills to worry about, which kept them from giving as they normally would.",
             "Soon the holidays will be behind us, and the charity drives will go quiet. The hardship facing our relatives, friends and neighbors will not go quiet with them.",
             "As the new year approaches, think about making one more gift to a charity you trust.",
             "Many worthy groups in our area could use your help, but a gift to a local food pantry can make a difference right away. When families on tight budgets get help with groceries, the money they save can go to rent, heat and medicine.",
             "Area firms and congregations help keep these pantries stocked, as do big grocers like FreshMart and ValueWay. Al",
         ]),
    _neg("b98-pinecrestpioneer-share-editorial-neg",
         "Invented; modelled on Sierra Sun (holiday editorial urging gifts of money or time to local charities, naming the paper's own coverage plans)", "en", [
             "Share … as much as you're able",
             "The lights are going up on Main Street, and local charities are hoping the season's goodwill will carry them through the winter.",
             "Nothing has changed this year. As letters, columns and articles in these pages have shown lately, area pantries and nonprofits are stretched thin.",
             "In hard times, more people lean on charities for meals and a roof. Yet fewer people have spare cash. Put plainly, the need climbs while the giving shrinks.",
             "That's where each of us comes in. As your local paper, we plan to give plenty of room over the next several weeks to stories about area nonprofits, to invite guest columns about generosity and to team up with local foundations to spotlight the needs around us.",
             "If last year's gift is out of reach, consider giving half of it. Or a third. And if giving money isn't possible at all, ask yourself: Could I offer a few hours?",
             "Money and canned goods are often the most useful gifts for local groups, but nearly all of them also need volunteers. Over the years, our towns have been remarkable at donating time to good causes. The need may never have been greater than it is now.",
             "So, over the next few weeks, make a promise. Pick a charity, and give something. Your hours or your dollars will matter.",
         ]),
    _neg("b98-islandwire-kampungparents-share-neg",
         "Invented; modelled on AsiaOne (story on a parents' donation group: title repeated, photo caption and credit, members' accounts, cut mid-word)", "en", [
             "Parents can give essentials to one another via Kampung Parents Share Facebook group",
             "Parents can give essentials to one another via Kampung Parents Share Facebook group",
             "Mrs Rosalind Teo (left) and Ms Farah Aziz's Kampung Parents Share allows members to post what items they need donated.",
             "PHOTO: Farah Aziz",
             "Parents finding it hard to cope during the lockdown can now reach out to Kampung Parents Share, a Facebook group for families in need.",
             "Set up by Mrs Rosalind Teo, 42, and Ms Farah Aziz, 33, who run the parenting blog Littlesteps, the group lets members post requests for things they urgently need, or offer help as donors.",
             "Since it launched on April 14, the group has drawn more than 900 members.",
             "Ms Aziz told The Evening Star: \"Getting everyday essentials can be really tough for these parents and their children, particularly the most vulnerable ones still waiting for help from the government or charities.\"",
             "Donated items are sent by courier, and the group gives members $3 towards each delivery.",
             "That money comes from the founders themselves and gifts from people they know.",
             "Ms Siti Rahmah, 31, was giving freelance piano lessons until the Covid-19 outbreak forced all her lessons to stop.",
             "She reached out to the group for help buying groceries and rash cream for her five-month-old daughter, who has sensitive skin and a cow's milk allergy.",
             "She got $40 in cash via bank transfer and $40 in supermarket vouchers from Kampung Parents Share, which helped her get by for the time being.",
             "In turn, she has given other parents baby bottles, a breast pump and nappy vouchers her family could not use.",
             "Another member, Ms Jolene Sim, 34, has four children aged one to 11 and is due to give birth next month.",
             "After losing her job last November, she started driving part-time for a ride-hailing app.",
             "Ms Sim has been given nappies, baby form",
         ]),
    _neg("b98-mastheadweekly-southerncross-supporters-neg",
         "Invented; modelled on Mediaweek (trade story relaying another paper's membership-milestone letter by its supporter editor)", "en", [
             "When the Southern Cross Herald started its supporter scheme five years ago this month, we began with 2,000 members. This week we reached 200,000 supporters – the same number twice over, just with two more zeroes, writes Herald deputy editor Naomi Fitzgerald.",
             "We set that target because we believe that a wide range of voices in the media – and putting strong, independent reporting in front of as many people as possible – makes for a healthier democracy and a better public conversation.",
             "We say it often, but the pressure on journalism keeps coming from every direction – endless redundancies, shrinking newsrooms, a broken business model, regional towns left without coverage, funding cuts to the public broadcaster. Public interest reporting needs to be strong more than ever, and it needs backing – and for the Herald, the backing of readers is one of our great strengths. It protects our future.",
             "Next we are taking on more important work – an investigation into how young people will weather record joblessness, an inquiry into why so many First Nations teenagers end up in detention, and a look at how this year's upheaval could lead to a greener recovery. As ever, we will keep amplifying people who are rarely heard and keep holding the powerful to account.",
             "Your backing isn't only about money. The notes you send explaining why you pay for our reporting when you could read it free, and why it matters to you, keep us going. The best part of my job as supporter editor is this ongoing conversation, and knowing you feel you belong here. In a tough year, the newsroom has drawn inspiration – and real comfort – from your kind words.",
         ]),
]


BATCH98_DOCUMENTS = PROBE78_APPEALS + PROBE78_NEGATIVES
