// The book's digits split, read from the files the site serves.
import { readFileSync } from 'node:fs';
import { parseDigitsCsv, splitDigits } from '@/lib/data/digits';
import { digitsArrays } from '@/components/widgets/digits-trainer/model';

export const readData = (name: string) => readFileSync(`public/data/${name}`, 'utf8');

export const digits = digitsArrays(splitDigits(parseDigitsCsv(readData('digits.csv')), JSON.parse(readData('digits-split.json'))));
