import { en, type Messages } from './en';
export const zhCn: Messages = en;
