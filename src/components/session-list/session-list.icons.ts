import { lineIcon as icon } from '../../icons/icon.js';

export const plusIcon = icon('M12 5v14M5 12h14');
export const pencilIcon = icon('M4 20h4L19 9l-4-4L4 16v4zM13.5 6.5l4 4');
