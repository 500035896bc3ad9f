/** Interlude's own practice wording, one list per step of a pause. Add freely; keep each line plain. */
export const practiceLists = {
  /** One place in the body to rest attention on while breathing. */
  anchors: [
    'Let your feet rest flat and feel the floor holding them.',
    'Feel the weight of your forearms where they rest.',
    'Notice where your back meets the chair.',
    'Let your shoulders drop a little with each out-breath.',
    'Unclench your jaw and let your tongue rest.',
    'If it feels right, lay a hand on your breastbone and feel it rise.',
    'Feel the cool air at your nose as you breathe in.',
    'Let your hands lie open and heavy.',
    'Let your eyes leave the screen and rest on something far away.',
    'Notice the air on your face and hands.',
  ],
  /** A slow look through the body, for the longer pause's second step. */
  bodyChecks: [
    'Let your attention move slowly down from your forehead to your hands.',
    'Notice where you are holding on: jaw, shoulders, hands. Let one of them soften.',
    'Feel the whole weight of your body resting where it is, held up without effort.',
    'Notice your breath in your belly, without changing it.',
    'Let your face soften: the forehead, around the eyes, the mouth.',
    'Notice any tightness in your chest, and breathe towards it for a moment.',
  ],
  /** One plain sentence that names what is hard, without judging it. */
  namings: [
    'That took more out of me than it looked.',
    'A lot is asking for my attention right now.',
    'Part of me is still in the last conversation.',
    "I've been holding other people's worries for a while.",
    'I am tired, and it makes sense that I am.',
    'Switching between this many things is wearing.',
    'This is a demanding day, not a failing one.',
    'Something in that stayed with me.',
    "I'm rushing, and my body has noticed.",
    'Caring about this work is heavy sometimes.',
  ],
  /** Kind phrases a person could believe on an ordinary hard day. */
  phrases: [
    'I can do the next small thing, and only that.',
    'I am allowed to go at a human pace.',
    'Enough, done well, is enough.',
    'I can care about this without carrying all of it.',
    'Not everything today has to be solved by me.',
    "I've come through hard hours before. I can be gentle with this one.",
    'My limits are part of doing this work well.',
    'I can be tired and still be kind, to them and to me.',
    'It is all right that this is hard.',
    'I can set this down for a breath and pick it up again.',
    "I'm doing what I can with what today has brought.",
    'Whatever comes next can wait half a minute.',
    "I don't have to earn a pause.",
    'There is room for me in this day too.',
  ],
  /** Examples shown in the optional "next caring step" field. */
  nextSteps: [
    'e.g. answer one message, then stand up',
    'e.g. ask someone to take one thing off my plate',
    'e.g. a glass of water before the next call',
    'e.g. leave the non-urgent reply until tomorrow',
    'e.g. close the tabs I no longer need',
    'e.g. write down the one thing that matters next',
  ],
} as const;
