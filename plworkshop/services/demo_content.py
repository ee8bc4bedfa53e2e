"""The demo convening's content: a believable state-level workshop, with fictional participants."""

from __future__ import annotations

DEMO_TITLE = "Statewide Convening on Personalized Learning Policy"
DEMO_DETAILS = dict(
    date="2027-02-11",
    location="Capitol Conference Center, Ballroom B, Denver",
    state="Colorado",
    district="Statewide (state-level convening)",
    facilitator="Dana Whitfield",
    notes="Demo workshop with fictional participants, created by plworkshop so you can try every "
          "feature. Recreate it at any time with `plworkshop demo` or File → Open the demo.",
)

# name, role, organization, stakeholder group, may be named in reports
PARTICIPANTS = [
    ("Maria Delgado", "State Senator, Education Committee", "Colorado General Assembly", "policymakers", True),
    ("Thomas Reed", "State Representative", "Colorado General Assembly", "policymakers", True),
    ("Priya Natarajan", "Deputy Commissioner for Learning", "State Department of Education", "state-agency", True),
    ("James Whitaker", "Director of Assessment", "State Department of Education", "state-agency", True),
    ("Alicia Romero", "Superintendent", "Mesa Valley School District", "district-leaders", True),
    ("Kevin O'Brien", "Chief Academic Officer", "Front Range Unified", "district-leaders", False),
    ("Grace Kim", "Principal", "Riverside Middle School", "school-leaders", True),
    ("Samuel Ortiz", "High School Teacher, Science", "Pueblo East High School", "teachers-and-unions", True),
    ("Lauren Brooks", "President", "State Education Association", "teachers-and-unions", True),
    ("Fatima Hassan", "Parent Leader", "Parents for Every Learner", "families", True),
    ("Roberto Vega", "Parent", "Mesa Valley PTA", "families", False),
    ("Aiyana Begay", "Student, Grade 11", "Superintendent's Student Cabinet", "students", True),
    ("Noah Feldman", "Student, Grade 12", "Superintendent's Student Cabinet", "students", True),
    ("Elena Petrova", "Executive Director", "Westside Community Partnership", "community-organizations", True),
    ("Marcus Green", "Policy Director", "Coalition for Student-Centered Learning", "advocacy-groups", True),
    ("Hannah Lewis", "Workforce Development Manager", "State Chamber of Commerce", "business-and-workforce", True),
    ("Dr. Omar Siddiqui", "Dean, School of Education", "State University", "higher-education", True),
    ("Rachel Thompson", "Program Officer", "Regional Education Fund", "other", True),
]

VOTES_PER_PERSON = 4

AGENDA = [
    ("collaborative-leadership", 50),
    ("vision-for-student-success", 45),
    ("student-learning-pathways", 45),
    ("balanced-assessments", 40),
]

# condition: (participant placements by roster index, consensus stage, consensus note)
ASSESSMENTS = {
    "collaborative-leadership": ([1, 1, 2, 1, 1, 0, 1, 1, 2, 0, 1, 1, 1, 1, 2, 1, 1, 1], 1,
                                 "Strong pockets of partnership, but no standing coalition yet; families "
                                 "and students are engaged case by case rather than by design."),
    "vision-for-student-success": ([1, 2, 2, 1, 1, 1, 1, 0, 1, 1, 0, 1, 1, 2, 2, 1, 1, 1], 1,
                                   "The 2025 listening tour produced a draft vision, but it has not been "
                                   "adopted and most districts have not seen it."),
    "student-learning-pathways": ([2, 1, 2, 2, 2, 1, 2, 2, 1, 1, 1, 2, 1, 2, 1, 2, 2, 1], 2,
                                  "Career and technical education and concurrent enrollment are spreading; "
                                  "access is uneven in rural districts."),
    "balanced-assessments": ([0, 1, 1, 1, 1, 0, 1, 0, 0, 1, 0, 1, 0, 1, 1, 0, 1, 1], 1,
                             "Two districts are piloting performance assessments; the state system is "
                             "still built around one end-of-year test."),
}

# (condition, stage, question number, speaker: roster index | "group:<key>" | None, text, votes)
RESPONSES = [
    ("collaborative-leadership", 1, 1, 9, "Families have to be partners from the start, not an audience for a finished plan. Hold sessions in the evening and in Spanish.", 6),
    ("collaborative-leadership", 1, 1, 15, "Employers: the chamber can bring 40 businesses that already host interns.", 4),
    ("collaborative-leadership", 1, 1, 8, "The teachers' association must be at the table when policy is drafted, not consulted afterwards.", 5),
    ("collaborative-leadership", 1, 1, 11, "Put students on the steering group with a real vote.", 5),
    ("collaborative-leadership", 1, 1, None, "Tribal education departments have been left out of every previous effort.", 3),
    ("collaborative-leadership", 1, 1, 16, "Higher education, so that credit for competency carries into admissions.", 2),
    ("collaborative-leadership", 1, 2, 4, "Mesa Valley's graduate profile work involved 600 community members; it is a model.", 4),
    ("collaborative-leadership", 1, 2, 13, "Community schools in the Westside already braid health, family and learning supports.", 2),
    ("collaborative-leadership", 1, 2, "group:school-leaders", "Several rural principals run multi-age, mastery-based classrooms with no state recognition.", 3),
    ("collaborative-leadership", 1, 2, 14, "The Coalition's network of twelve innovation schools meets monthly.", 1),
    ("collaborative-leadership", 2, 1, 2, "Use the ESSA school improvement set-aside to fund district design teams.", 4),
    ("collaborative-leadership", 2, 1, 0, "A standing legislative study group would give districts a place to bring barriers.", 3),
    ("collaborative-leadership", 2, 1, None, "Publish a plain-language guide to the waivers that already exist; most districts don't know about them.", 5),
    ("collaborative-leadership", 2, 2, 5, "Districts can report back each year on which rules got in the way.", 2),
    ("collaborative-leadership", 2, 2, 6, "Invite principals to co-write guidance instead of reacting to drafts.", 2),
    ("collaborative-leadership", 3, 1, 1, "Put the coalition in statute so it outlasts any one commissioner.", 3),
    ("collaborative-leadership", 3, 1, 12, "Students graduate and leave; build a pipeline so the student cabinet renews itself.", 2),
    ("vision-for-student-success", 1, 1, 2, "Start from the 2025 listening tour: 8,000 survey responses we have not used yet.", 5),
    ("vision-for-student-success", 1, 1, 9, "The vision has to say what changes for a student on Monday morning, in plain words.", 6),
    ("vision-for-student-success", 1, 1, 15, "Name the skills employers tell us they cannot find: collaboration, problem-solving, communication.", 3),
    ("vision-for-student-success", 1, 1, None, "Avoid jargon like 'competency-based' in the public version.", 4),
    ("vision-for-student-success", 1, 2, 13, "Immigrant and refugee families; we can host conversations in five languages.", 4),
    ("vision-for-student-success", 1, 2, 11, "Students who left school early. Ask them what would have kept them.", 5),
    ("vision-for-student-success", 1, 2, "group:families", "Parents who work evenings and weekends never make it to these meetings.", 3),
    ("vision-for-student-success", 1, 2, 17, "Early childhood providers are missing from the room today.", 1),
    ("vision-for-student-success", 2, 1, 4, "A template and a facilitator for local visioning, not just a document.", 4),
    ("vision-for-student-success", 2, 1, 3, "Align the accountability dashboard to the vision, or districts will keep chasing the old measures.", 5),
    ("vision-for-student-success", 2, 1, 7, "Time: teachers need release days to take part in local visioning.", 3),
    ("vision-for-student-success", 2, 1, None, "Small grants for community partners to run the local conversations.", 2),
    ("vision-for-student-success", 3, 1, 0, "Review the vision every four years on a fixed cycle set in statute.", 2),
    ("vision-for-student-success", 3, 1, 14, "Report progress publicly every year so the vision cannot quietly disappear.", 3),
    ("student-learning-pathways", 1, 1, 15, "Registered apprenticeships in health care and advanced manufacturing, starting in grade 11.", 5),
    ("student-learning-pathways", 1, 1, 16, "Concurrent enrollment agreements with every community college, with transport covered.", 6),
    ("student-learning-pathways", 1, 1, 12, "Let students earn credit for jobs they already hold.", 4),
    ("student-learning-pathways", 1, 1, 4, "Rural districts need regional partnerships; no single district has enough employers.", 5),
    ("student-learning-pathways", 1, 1, None, "Service learning with local nonprofits counts for little today; make it count toward graduation.", 2),
    ("student-learning-pathways", 1, 1, 10, "Parents need to see where each pathway leads: wages, college credit, next steps.", 3),
    ("student-learning-pathways", 1, 1, "group:business-and-workforce", "Small businesses will host interns if the paperwork and liability are handled by an intermediary.", 4),
    ("student-learning-pathways", 2, 1, 8, "Every pathway should carry the same diploma; no 'lesser' track.", 5),
    ("student-learning-pathways", 2, 1, 3, "Audit who enrolls in which pathway by race, income and disability every year.", 6),
    ("student-learning-pathways", 2, 1, 6, "Counselors carry 400 students each; they cannot advise on pathways without help.", 4),
    ("student-learning-pathways", 2, 1, 9, "Families should get the pathway options in writing, in their language, by grade 8.", 3),
    ("student-learning-pathways", 2, 1, None, "Quality standards for work-based learning, so that an internship is not just filing.", 2),
    ("student-learning-pathways", 3, 1, 15, "A standing state-industry council that reviews pathways against labour-market data every two years.", 3),
    ("student-learning-pathways", 3, 1, 13, "Fund intermediaries permanently, not from one-year grants.", 4),
    ("balanced-assessments", 1, 1, 7, "The spring test arrives after the learning is over; it tells me nothing I can use with this year's class.", 6),
    ("balanced-assessments", 1, 1, 3, "We are allowed to pilot under the ESSA demonstration authority; nobody has asked.", 4),
    ("balanced-assessments", 1, 1, 11, "Let us show what we know through projects, not only multiple choice.", 5),
    ("balanced-assessments", 1, 1, 8, "Seat-time rules and the test calendar together make mastery-based pacing almost impossible.", 5),
    ("balanced-assessments", 1, 1, None, "Teachers have had almost no training in designing good classroom assessments.", 4),
    ("balanced-assessments", 1, 1, 5, "Our interim assessments are not aligned to the competencies we adopted.", 2),
    ("balanced-assessments", 1, 1, "group:families", "Parents want to understand the new reports before the old ones disappear.", 3),
    ("balanced-assessments", 2, 1, 16, "Independent evaluation by the university, with results published whether good or bad.", 4),
    ("balanced-assessments", 2, 1, 0, "Legislators will want comparability: can we still see how schools compare?", 3),
    ("balanced-assessments", 2, 1, 9, "Evidence that students who struggled are now catching up, not only averages.", 5),
    ("balanced-assessments", 2, 1, 14, "Comparable results across pilot and non-pilot districts over at least three years.", 2),
    ("balanced-assessments", 3, 1, 2, "A technical advisory committee with teachers on it, meeting in public.", 3),
    ("balanced-assessments", 3, 1, 17, "Fund assessment literacy every year, not only while the pilot is new.", 2),
    ("balanced-assessments", 3, 1, None, "Keep the number of tests from creeping back up as new measures are added.", 3),
    ("balanced-assessments", 1, 1, 1, "Drop the test.", 0),
]

WITHDRAWN_RESPONSE = 59  # index in RESPONSES: withdrawn by the facilitator (kept, hidden)

# title, condition, owner, partners, due (days after the workshop), priority, status, lever,
# measure of success, linked response indexes
ACTION_ITEMS = [
    ("Charter a standing Personalized Learning Coalition", "collaborative-leadership",
     "Deputy Commissioner for Learning", "Teachers' association; Parents for Every Learner; State Chamber",
     45, "high", "in_progress", "task-force-or-study",
     "Coalition chartered with seats for families, students and tribal education departments", [0, 2, 3, 4]),
    ("Publish a plain-language guide to existing waivers", "collaborative-leadership",
     "State Department of Education, Policy Office", "District leaders' association", 60, "high",
     "planned", "guidance", "Guide published in English and Spanish; used by 30 districts within a year", [12]),
    ("Seat students on the steering group with a vote", "collaborative-leadership",
     "Superintendent's Student Cabinet", "Coalition steering group", 30, "medium", "planned",
     "communication", "Two student members seated and voting at the first meeting", [3]),
    ("Turn the listening-tour data into a draft vision", "vision-for-student-success",
     "Deputy Commissioner for Learning", "State University; Westside Community Partnership", 90, "high",
     "in_progress", "task-force-or-study", "Draft vision released for public comment", [17, 18]),
    ("Run community conversations in five languages", "vision-for-student-success",
     "Westside Community Partnership", "Parents for Every Learner", 120, "medium", "planned",
     "communication", "At least 25 conversations held; 40% of participants from under-represented groups", [21, 23]),
    ("Align the accountability dashboard to the vision", "vision-for-student-success",
     "Director of Assessment", "Technical advisory committee", 240, "medium", "planned", "regulation",
     "Dashboard indicators mapped to each element of the vision", [26]),
    ("Statewide concurrent-enrollment agreements", "student-learning-pathways",
     "Dean, School of Education", "Community colleges; district leaders", 180, "high", "planned",
     "statute", "Every district has an agreement covering tuition and transport", [32]),
    ("Annual pathway equity audit", "student-learning-pathways", "Director of Assessment",
     "Coalition for Student-Centered Learning", 150, "high", "planned", "regulation",
     "First audit published, broken down by race, income and disability", [39]),
    ("Apply for the ESSA innovative assessment demonstration authority", "balanced-assessments",
     "Director of Assessment", "Pilot districts; State University", 200, "high", "blocked",
     "pilot-or-innovation-zone", "Application submitted with two pilot districts", [46]),
    ("Assessment-literacy course for every new teacher", "balanced-assessments",
     "Dean, School of Education", "State Education Association", 270, "low", "planned",
     "technical-assistance", "Course offered in all preparation programmes; 500 teachers completed it", [49]),
]

# The day around the conditions: when it starts, and the items that are not conditions
# (kind, title or "" for the kind's own name, minutes, index in the day's order, explicit start or None).
DAY_STARTS_AT = "8:30"
AGENDA_SESSIONS = [
    ("welcome", "Welcome and introductions", 20, 0, None),
    ("break", "", 15, 3, None),
    ("lunch", "", 45, 5, "11:30"),
    ("report_out", "Report-out and next steps", 30, 7, None),
]
QUESTION_TIME_BOXES = [("collaborative-leadership", 1, 1, 15), ("collaborative-leadership", 1, 2, 10)]

# Themes the room grouped (condition, name, indices in RESPONSES, dot votes on the theme)
THEMES = [
    ("collaborative-leadership", "Bring every voice to the table", [0, 2, 3, 4], 6),
    ("collaborative-leadership", "Build on what already works", [6, 7, 8, 9], 3),
]

# The parking lot: (text, speaker as in RESPONSES, condition the room was on or None)
PARKED = [
    ("Broadband gaps in the San Luis Valley keep students out of online courses; who owns that?", 4,
     "collaborative-leadership"),
    ("Could the state fund substitute teachers so teachers can attend sessions like this one?",
     "group:teachers-and-unions", None),
]
