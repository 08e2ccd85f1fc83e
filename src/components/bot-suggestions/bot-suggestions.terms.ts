// Every visible string and accessible name of <kesk-bot-suggestions>, for a later localisation pass.
export const terms = {
  status: {
    active: (bot: string | undefined) => (bot ? `${bot} · automated assistant` : 'Automated assistant'),
    transferred: 'With a person',
    ended: 'Conversation ended',
  },
  suggestions: 'Suggested replies',
  handover: 'Talk to a person',
  restart: 'Restart',
  restartLabel: 'Restart the conversation',
};
